import StewardCore
print("x")
