import Foundation

/// A twenty-fifth fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first twenty-four: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 2601 to 2614, one for each kind the issue names
/// (create, a recipe card given over the phone with each ingredient's quantity and the simmering
/// time; edit in place, an aunt's new mobile in one row of a contacts CSV, her shared landline, her
/// husband, a namesake from work and last year's backup left; append a finished book as the last row
/// of a reading log's table, with its author, the day and a rating; rename a download saved as
/// "letter (1).md", its numbered look-alikes left; move one child's school report from the inbox
/// into his school folder, his sister's left; several files, a friend's married name in a Markdown
/// list, a CSV and a note that names her twice, her brother and the wedding note left; copy a blank
/// timesheet template under this week's name into another folder, last week's sheet and the old
/// template not; delete the older of two contact exports, the newer one and the same day's calendar
/// export kept; summarise residents' meeting minutes in three bullet points at most, with the party
/// date, what each household pays and the next meeting; extract who brings what to a picnic from an
/// exported group chat, the latest message winning and who is not coming left out; list-and-save
/// the CSV files anywhere under a money folder, its subfolders included, a backup, a note and a CSV
/// elsewhere apart; convert race results from nested JSON to CSV with the race, the date and the
/// finish time; a skill that plans a week of dinners from the pantry and the recipes without a
/// repeat; a Python script that prints a month's spending per category), each worded three ways as
/// people word them (files named by path, by bare name or by what they are; details given in
/// passing; what to leave alone said casually), run as Steward chooses. Every fixture holds a
/// look-alike beside the right file (the dal and another soup, the backup and the namesake, last
/// year's log and the to-read list, the numbered letters, the sister's report, the brother and the
/// wedding, last week's sheet and the old template, the newer export and the calendar export, last
/// year's minutes, last year's barbecue chat, a backup and a note, last year's results, another
/// skill, April's spending). Judged by content as a person would (other list markers, entry, row and
/// column order, spacing, a title line, a table for a list, another date, time, number, rating or
/// amount format, quoted CSV cells, an aside saying what a name was, paths or bare names, a lost
/// final newline, CRLF pass) and by "nothing else changed" (the wrong file, the wrong folder, a copy
/// where a move was asked fail). Frozen in a commit of its own before any run with a model: never
/// tune the loop on it, and run it as it is (`STEWARD_SUITE_PART=fresh25`).
extension EverydayTaskSuite {
    static let fresh25: [Intention] = [
        Intention(
            number: 2601,
            kind:
                "create: a recipe card given over the phone, each ingredient with its quantity and the simmering time, the dal and another soup apart",
            fixtures: Fresh25.kitchen,
            wordings: [
                (
                    .imperative,
                    "Create memory/kitchen/recipes/red-lentil-soup.md with Mum's recipe: 250 g red lentils, 1 onion, 2 carrots, 1.2 litres of vegetable stock and 1 tsp ground cumin, simmered for 25 minutes"
                ),
                (
                    .request,
                    "Mum just read me her red lentil soup recipe over the phone, can you save it as red-lentil-soup.md in my recipes folder (memory/kitchen/recipes)? It's 250g red lentils, an onion, 2 carrots, 1.2 litres veg stock and a teaspoon of cumin, and you simmer it for 25 mins."
                ),
                (
                    .context,
                    "I'm writing down the family recipes before I forget them. Please add a new recipe note, memory/kitchen/recipes/red-lentil-soup.md, for Mum's red lentil soup: two carrots and one onion softened with a teaspoon of ground cumin, then 250 grams of red lentils and 1.2 litres of vegetable stock, simmered for 25 minutes. The dal recipe is a different dish, and the shopping list doesn't need changing."
                ),
            ], changed: [Fresh25.soup],
            check: { f in Fresh25.isSoup(f(Fresh25.soup)) && Judge.untouched(f, Array(Fresh25.kitchen.keys), Fresh25.kitchen) },
            solution: ops(writes: [(Fresh25.soup, Fresh25.soupNote)])),
        Intention(
            number: 2602,
            kind:
                "edit in place: an aunt's new mobile number in one row of a contacts CSV, her shared landline, her husband, a namesake and the backup left",
            fixtures: Fresh25.contacts,
            wordings: [
                (.imperative, "In memory/people/contacts.csv, change Pam Whitlock's mobile number to 07700 900482"),
                (
                    .request,
                    "Auntie Pam's got a new mobile, 07700 900482. Could you update her in contacts.csv (it's in memory/people)? She's Pam Whitlock in there."
                ),
                (
                    .context,
                    "My aunt Pam Whitlock texted to say her mobile number is now 07700 900482. Please change it in my contacts file, memory/people/contacts.csv, and keep her landline, which she shares with Uncle Graham, as it is. Pam Reid is someone from work, not her, and the 2025 copy of the contacts is just a backup."
                ),
            ], changed: [Fresh25.contactsFile],
            check: { f in
                Fresh25.isContacts(f(Fresh25.contactsFile))
                    && Judge.untouched(f, Array(Fresh25.contacts.keys).filter { $0 != Fresh25.contactsFile }, Fresh25.contacts)
            },
            solution: ops(writes: [(Fresh25.contactsFile, Fresh25.newMobile("07700 900482"))])),
        Intention(
            number: 2603,
            kind: "append: a finished book as the last row of a reading log's table with its author, the day and a rating, the to-read list left",
            fixtures: Fresh25.books,
            wordings: [
                (.imperative, "Add a row to the table in memory/reading/2027.md for Hamnet by Maggie O'Farrell, finished 9 May, 4/5"),
                (
                    .request,
                    "Finished Hamnet at last! Could you add it to this year's reading log, memory/reading/2027.md? It's by Maggie O'Farrell, I finished it on 9 May, and I'd give it four out of five."
                ),
                (
                    .context,
                    "I keep a table of the books I finish each year. Please add Hamnet by Maggie O'Farrell as the newest row at the bottom of memory/reading/2027.md: I finished it on 9 May and I'm rating it 4 out of 5. Leave my to-read list alone for now, I'll tidy it myself, and last year's log too."
                ),
            ], changed: [Fresh25.bookLog],
            check: { f in
                Fresh25.isReadingLog(f(Fresh25.bookLog))
                    && Judge.untouched(f, Array(Fresh25.books.keys).filter { $0 != Fresh25.bookLog }, Fresh25.books)
            },
            solution: ops(writes: [(Fresh25.bookLog, Fresh25.books[Fresh25.bookLog]! + "| Hamnet | Maggie O'Farrell | 9 May | 4/5 |\n")])),
        Intention(
            number: 2604,
            kind: "rename: a school letter downloaded as letter (1).md to a name that says what it is, letter.md and letter (2).md left",
            fixtures: Fresh25.school,
            wordings: [
                (.imperative, "Rename memory/school/letter (1).md to memory/school/year-5-trip-consent.md"),
                (
                    .request,
                    "My downloads always end up called letter (1), letter (2) and so on. The one in memory/school called letter (1).md is the Year 5 trip letter, could you rename it year-5-trip-consent.md?"
                ),
                (
                    .context,
                    "I saved three school letters into memory/school without looking at the names, so now I've got letter.md, letter (1).md and letter (2).md. letter (1).md is the consent letter for the Year 5 trip; please rename it to year-5-trip-consent.md in the same folder and don't change what it says. I'll sort out the head lice one and the PTA newsletter another day."
                ),
            ], changed: [Fresh25.letter, Fresh25.consent],
            check: { f in
                Judge.moved(f, Fresh25.letter, to: Fresh25.consent, Fresh25.school)
                    && Judge.untouched(f, Array(Fresh25.school.keys).filter { $0 != Fresh25.letter }, Fresh25.school)
            },
            solution: ops(#"{"op":"move","from":"memory/school/letter (1).md","to":"memory/school/year-5-trip-consent.md"}"#)),
        Intention(
            number: 2605,
            kind: "move into a folder: one child's school report from the inbox into his school folder, his sister's report left in the inbox",
            fixtures: Fresh25.reports,
            wordings: [
                (.imperative, "Move memory/inbox/report-spring-2027-noah.md into memory/kids/noah/school"),
                (
                    .request,
                    "I've read Noah's spring report now. Can you file it away? It's report-spring-2027-noah.md in my inbox folder (memory/inbox) and it goes in memory/kids/noah/school with his autumn one."
                ),
                (
                    .context,
                    "Both kids' spring reports landed in memory/inbox. I've been through Noah's, so please move memory/inbox/report-spring-2027-noah.md into his school folder, memory/kids/noah/school, keeping the name and contents. Ava's stays in the inbox until I've read it, and so does the parents' evening note."
                ),
            ], changed: [Fresh25.report, Fresh25.reportFiled],
            check: { f in
                Judge.moved(f, Fresh25.report, to: Fresh25.reportFiled, Fresh25.reports)
                    && Judge.untouched(f, Array(Fresh25.reports.keys).filter { $0 != Fresh25.report }, Fresh25.reports)
            },
            solution: ops(
                #"{"op":"move","from":"memory/inbox/report-spring-2027-noah.md","to":"memory/kids/noah/school/report-spring-2027-noah.md"}"#)),
        Intention(
            number: 2606,
            kind:
                "several files: a friend's married name in a birthday list, an address CSV and a note that names her twice, her brother and the wedding note left",
            fixtures: Fresh25.people,
            wordings: [
                (
                    .imperative,
                    "Change Rachel Green to Rachel Adeyemi in memory/people/birthdays.md, memory/people/addresses.csv and memory/clubs/book-club.md"
                ),
                (
                    .request,
                    "Rachel's taken Dayo's surname since the wedding, so she's Rachel Adeyemi now, not Rachel Green. Could you update her name in birthdays.md and addresses.csv (both in memory/people) and in the book club note, memory/clubs/book-club.md?"
                ),
                (
                    .context,
                    "Now that Rachel is married she goes by Rachel Adeyemi. Please change Rachel Green to Rachel Adeyemi wherever she appears in memory/people/birthdays.md, memory/people/addresses.csv and memory/clubs/book-club.md. Her brother Tom is still Tom Green, and leave the wedding note as it was written."
                ),
            ], changed: Set(Fresh25.renamed),
            check: { f in
                Fresh25.renamed.allSatisfy { Fresh25.hasNewName(f($0), $0) } && Judge.untouched(f, [Fresh25.wedding], Fresh25.people)
            },
            solution: ops(writes: Fresh25.newName("Rachel Adeyemi"))),
        Intention(
            number: 2607,
            kind:
                "copy: a blank timesheet template under this week's name into the timesheets folder, word for word, last week's and the old template not",
            fixtures: Fresh25.work,
            wordings: [
                (.imperative, "Copy memory/work/templates/timesheet.md to memory/work/timesheets/2027-week-19.md"),
                (
                    .request,
                    "Can you start my timesheet for this week? Just copy the blank template, timesheet.md in memory/work/templates, into memory/work/timesheets as 2027-week-19.md and I'll fill it in."
                ),
                (
                    .context,
                    "Every Monday I start a new timesheet from the blank template. Please make a copy of memory/work/templates/timesheet.md called 2027-week-19.md in memory/work/timesheets, exactly as the template is, without filling anything in. Don't copy last week's sheet or the old 2025 template, and the template itself has to stay where it is."
                ),
            ], changed: [Fresh25.sheet],
            check: { f in
                let copy = f(Fresh25.sheet)
                return copy != nil && !Judge.fenced(copy!) && Judge.lines(copy) == Judge.lines(Fresh25.work[Fresh25.template])
                    && Judge.untouched(f, Array(Fresh25.work.keys), Fresh25.work)
            }, solution: ops(writes: [(Fresh25.sheet, Fresh25.work[Fresh25.template]!)])),
        Intention(
            number: 2608, kind: "delete: the older of two phone contact exports, the newer export, the same day's calendar export and a note kept",
            fixtures: Fresh25.phone,
            wordings: [
                (.imperative, "Delete memory/phone/contacts-export-2027-03-02.vcf"),
                (
                    .request,
                    "The March contacts export is out of date now that I've done a fresh one in May. Could you delete contacts-export-2027-03-02.vcf from memory/phone?"
                ),
                (
                    .context,
                    "When I moved to the new phone I exported my contacts twice, once in March and again in May. The May one has everybody, so please get rid of the March export, memory/phone/contacts-export-2027-03-02.vcf. Keep the May export, the calendar export from the same day in March and my new-phone note."
                ),
            ], changed: [Fresh25.oldExport],
            check: { f in
                f(Fresh25.oldExport) == nil && Judge.untouched(f, Array(Fresh25.phone.keys).filter { $0 != Fresh25.oldExport }, Fresh25.phone)
            }, solution: ops(#"{"op":"delete","path":"memory/phone/contacts-export-2027-03-02.vcf"}"#)),
        Intention(
            number: 2609,
            kind:
                "summarise: residents' meeting minutes in three bullet points at most, with the street party's date, what each household pays and the next meeting",
            fixtures: Fresh25.street,
            wordings: [
                (
                    .imperative,
                    "Summarise memory/street/minutes-2027-05.md in outputs/street-meeting.md as three bullet points at most: the party date, what each household pays and the next meeting"
                ),
                (
                    .request,
                    "I missed the residents' meeting on Thursday. Could you sum up the minutes (memory/street/minutes-2027-05.md) in no more than three bullet points in outputs/street-meeting.md? Mainly when the street party is, how much each house is chipping in, and when they meet next."
                ),
                (
                    .context,
                    "The people who moved in next door asked what was decided at May's residents' meeting. Please read memory/street/minutes-2027-05.md and write a short summary for them to outputs/street-meeting.md, three bullet points or fewer, covering the date of the street party, how much each household is asked to pay and when the next meeting is. Last year's minutes are in the same folder; don't mix their figures in."
                ),
            ], changed: ["outputs/street-meeting.md"], check: { f in Fresh25.isMeetingSummary(f("outputs/street-meeting.md")) },
            solution: ops(writes: [("outputs/street-meeting.md", Fresh25.meetingSummary)])),
        Intention(
            number: 2610,
            kind:
                "extract: who brings what to a picnic from an exported group chat, the latest message winning, who is not coming and last year's barbecue apart",
            fixtures: Fresh25.picnic,
            wordings: [
                (
                    .imperative,
                    "Go through memory/chats/picnic-chat.txt and write who is bringing what to outputs/picnic-list.md, one person per line"
                ),
                (
                    .request,
                    "The group chat about Sunday's picnic got a bit chaotic. Could you read picnic-chat.txt in memory/chats and put who's bringing what into outputs/picnic-list.md? One line for each person."
                ),
                (
                    .context,
                    "Hannah's organising Sunday's picnic and asked me to keep track of the food. People said what they'd bring in the group chat, which I exported to memory/chats/picnic-chat.txt; please write each person who's coming and what they're bringing to outputs/picnic-list.md, one person per line. Some changed their minds partway through, so go with what they said last, and leave out anyone who can't come. The barbecue chat from last year is a different event."
                ),
            ], changed: ["outputs/picnic-list.md"], check: { f in Fresh25.isPicnicList(f("outputs/picnic-list.md")) },
            solution: ops(writes: [
                (
                    "outputs/picnic-list.md",
                    "- Marcus: sausage rolls\n- Olu: fruit salad\n- Hannah: drinks and the picnic blanket\n- Jess: quiche and crisps\n"
                )
            ])),
        Intention(
            number: 2611,
            kind: "list-and-save: the CSV files anywhere under a money folder, subfolders included, a backup, the notes and a CSV elsewhere apart",
            fixtures: Fresh25.money,
            wordings: [
                (
                    .imperative,
                    "List every .csv file anywhere under memory/money, subfolders included, and save the list to outputs/money-csv-files.md"
                ),
                (
                    .request,
                    "I want to tidy up my finance spreadsheets. Could you find all the CSV files in memory/money, including the ones in folders inside it, and write them to outputs/money-csv-files.md, one per line?"
                ),
                (
                    .context,
                    "My accountant asked which spreadsheets I keep, and I export everything as CSV. Please go through memory/money and all the folders under it and save a list of the .csv files to outputs/money-csv-files.md, one file per line. Notes and backups aren't spreadsheets, and the garden harvest CSV lives outside memory/money so it doesn't belong."
                ),
            ], changed: ["outputs/money-csv-files.md"], check: { f in Fresh25.isCSVList(f("outputs/money-csv-files.md")) },
            solution: ops(writes: [
                (
                    "outputs/money-csv-files.md",
                    "- memory/money/bank/current-account-2027-04.csv\n- memory/money/bank/savings-2027.csv\n- memory/money/bank/statements/2026/current-account-2026-12.csv\n- memory/money/budget/budget-2027.csv\n"
                )
            ])),
        Intention(
            number: 2612,
            kind:
                "convert: race results from nested JSON to CSV with the race, the date and the finish time, the distances, positions and last year's apart",
            fixtures: Fresh25.running,
            wordings: [
                (
                    .imperative,
                    "Convert memory/running/races-2027.json to a CSV file, outputs/races-2027.csv, with columns for the race, the date and the finish time"
                ),
                (
                    .request,
                    "Can you turn my race results from races-2027.json (memory/running) into a spreadsheet-friendly CSV at outputs/races-2027.csv? Just the race name, the date and my time for each one."
                ),
                (
                    .context,
                    "I want to put this year's race results into a spreadsheet. They're stored as JSON in memory/running/races-2027.json; please convert them to CSV in outputs/races-2027.csv with a header row and three columns: the race, the date and my finish time. I don't need the distances or positions, and last year's file isn't part of it."
                ),
            ], changed: ["outputs/races-2027.csv"], check: { f in Fresh25.isRacesCSV(f("outputs/races-2027.csv")) },
            solution: ops(writes: [("outputs/races-2027.csv", Fresh25.racesCSV)])),
        Intention(
            number: 2613,
            kind: "skill: plan a week of dinners, Monday to Sunday, from the pantry list and the recipes folder without repeating a recipe",
            fixtures: Fresh25.meals,
            wordings: [
                (
                    .imperative,
                    "Write a skill at skills/meal-plan/SKILL.md, named meal-plan with a description, that reads memory/kitchen/pantry.md and the recipes in memory/kitchen/recipes and writes a dinner for each day from Monday to Sunday to outputs/meal-plan.md, using up what's in the pantry first and not repeating a recipe"
                ),
                (
                    .request,
                    "Every Sunday I sit down and plan the week's dinners. Could you make me a skill called meal-plan that looks at what's in memory/kitchen/pantry.md and picks one of my recipes from memory/kitchen/recipes for each night, Monday to Sunday, favouring ones that use up the pantry and with no recipe twice, and saves the plan in outputs/meal-plan.md?"
                ),
                (
                    .context,
                    "I'd like to be able to ask for a week of dinners without thinking about it. Please create a skill in skills/meal-plan/SKILL.md, with name meal-plan and a description in the front matter like my shopping-list skill has. It should tell the agent to read the pantry list in memory/kitchen/pantry.md and the recipes in memory/kitchen/recipes, choose a different recipe for every day from Monday to Sunday, preferring ones that use what's already in the pantry, and write the plan, one line per day, to outputs/meal-plan.md. The shopping-list skill should stay as it is."
                ),
            ], changed: ["skills/meal-plan/SKILL.md"],
            check: { f in Fresh25.isMealSkill(f("skills/meal-plan/SKILL.md")) && f("skills/shopping-list/SKILL.md") == Fresh25.shoppingSkill },
            solution: ops(writes: [("skills/meal-plan/SKILL.md", Fresh25.mealSkill)])),
        Intention(
            number: 2614,
            kind: "script: a Python script that prints the total spent in each category from a month's spending CSV, the month before apart",
            fixtures: Fresh25.spending,
            wordings: [
                (
                    .imperative,
                    "Write memory/money/spending-by-category.py, a Python script that reads memory/money/spending-2027-05.csv and prints the total spent in each category"
                ),
                (
                    .request,
                    "Could you write me a little Python script, spending-by-category.py in memory/money, that adds up May's spending in spending-2027-05.csv (same folder) by category and prints each category's total?"
                ),
                (
                    .context,
                    "I track what I spend in a CSV each month, with a category on every line, and I want to see where May's money went. Please write a Python script, memory/money/spending-by-category.py, that reads memory/money/spending-2027-05.csv and prints how much was spent in each category. April's file sits next to it and shouldn't be included, and the script must leave the CSV as it is."
                ),
            ], changed: ["memory/money/spending-by-category.py"], check: { f in Fresh25.isCategoryScript(f("memory/money/spending-by-category.py")) },
            solution: ops(writes: [("memory/money/spending-by-category.py", Fresh25.categoryScript)])),
    ]
}

extension EverydayTaskSuite {
    /// Correct results in other forms a careful person accepts (a table, another marker, a title,
    /// spacing, another date, time, number, rating or amount format, quoted CSV cells, an aside
    /// saying what a name was, another order, paths or bare names, columns in another order, a lost
    /// final newline, CRLF, another way to write the same skill or script), at least one per
    /// intention but the delete (2608), which has no other form.
    static let fresh25Alternatives: [(Int, String)] = [
        (
            2601,
            ops(writes: [
                (
                    Fresh25.soup,
                    "# Red lentil soup\n\n| Ingredient | Amount |\n|---|---|\n| Red lentils | 250g |\n| Onion | 1 |\n| Carrots | 2 |\n| Vegetable stock | 1.2 l |\n| Ground cumin | 1 tsp |\n\nSimmer for 25 mins.\n"
                )
            ])
        ),
        (
            2601,
            ops(writes: [
                (
                    Fresh25.soup,
                    "Mum's red lentil soup: soften an onion and two carrots with a teaspoon of ground cumin, add 250 grams of red lentils and 1,200 ml of vegetable stock, and simmer for twenty-five minutes."
                )
            ])
        ),
        (
            2601,
            ops(writes: [
                (
                    Fresh25.soup,
                    "Red lentil soup\r\nIngredients:\r\n* Red lentils, 250 g\r\n* Onion x 1\r\n* Carrots, 2 medium\r\n* Veg stock, 1.2 litres\r\n* Cumin, 1 teaspoon\r\nSimmer: 25 minutes\r\n"
                )
            ])
        ),
        (2602, ops(writes: [(Fresh25.contactsFile, Fresh25.newMobile("\"07700 900482\""))])),
        (2602, ops(writes: [(Fresh25.contactsFile, Fresh25.newMobile("07700900482").replacingOccurrences(of: "\n", with: "\r\n"))])),
        (2602, ops(writes: [(Fresh25.contactsFile, Fresh25.newMobile("+44 7700 900482").trimmingCharacters(in: .newlines))])),
        (2603, ops(writes: [(Fresh25.bookLog, Fresh25.books[Fresh25.bookLog]! + "| Hamnet | Maggie O'Farrell | 09/05 | ★★★★ |\n")])),
        (
            2603,
            ops(writes: [
                (
                    Fresh25.bookLog,
                    (Fresh25.books[Fresh25.bookLog]! + "| Hamnet | Maggie O'Farrell | May 9th | 4 |\n").replacingOccurrences(of: "\n", with: "\r\n")
                )
            ])
        ),
        (2603, ops(writes: [(Fresh25.bookLog, Fresh25.books[Fresh25.bookLog]! + "*Hamnet* | Maggie O'Farrell | 9 May 2027 | 4 out of 5")])),
        (
            2604,
            ops(
                writes: [(Fresh25.consent, Fresh25.school[Fresh25.letter]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/school/letter (1).md"}"#)
        ),
        (
            2604,
            ops(
                writes: [(Fresh25.consent, Fresh25.school[Fresh25.letter]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/school/letter (1).md"}"#)
        ),
        (
            2604,
            ops(
                writes: [(Fresh25.consent, Fresh25.school[Fresh25.letter]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/school/letter (1).md"}"#)
        ),
        (
            2605,
            ops(
                writes: [(Fresh25.reportFiled, Fresh25.reports[Fresh25.report]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/inbox/report-spring-2027-noah.md"}"#)
        ),
        (
            2605,
            ops(
                writes: [(Fresh25.reportFiled, Fresh25.reports[Fresh25.report]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/inbox/report-spring-2027-noah.md"}"#)
        ),
        (
            2605,
            ops(
                writes: [(Fresh25.reportFiled, Fresh25.reports[Fresh25.report]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/inbox/report-spring-2027-noah.md"}"#)
        ),
        (2606, ops(writes: Fresh25.newName("Rachel Adeyemi (née Green)"))),
        (2606, ops(writes: Fresh25.newName("Rachel Adeyemi").map { ($0.0, $0.1.replacingOccurrences(of: "\n", with: "\r\n")) })),
        (
            2606,
            ops(
                writes: Fresh25.newName("Rachel Adeyemi").map {
                    (
                        $0.0,
                        $0.1.replacingOccurrences(of: "\nRachel Adeyemi,", with: "\n\"Rachel Adeyemi\",").trimmingCharacters(in: .newlines)
                    )
                })
        ),
        (2607, ops(writes: [(Fresh25.sheet, Fresh25.work[Fresh25.template]!.trimmingCharacters(in: .newlines))])),
        (2607, ops(writes: [(Fresh25.sheet, Fresh25.work[Fresh25.template]!.replacingOccurrences(of: "\n", with: "\r\n"))])),
        (2607, ops(writes: [(Fresh25.sheet, Fresh25.work[Fresh25.template]!.replacingOccurrences(of: "\n\n", with: "\n"))])),
        (
            2609,
            ops(writes: [
                (
                    "outputs/street-meeting.md",
                    "# May residents' meeting\n\n1. Street party on Sat 10/07, 1-6 pm.\n2. £8.00 per household for tables, bunting and a bouncy castle.\n3. Next meeting Thu 03/06 at 7.30 pm.\n"
                )
            ])
        ),
        (
            2609,
            ops(writes: [
                (
                    "outputs/street-meeting.md",
                    "• The street party is on Saturday 10th July 2027\r\n• Every house is asked for 8 pounds\r\n• They meet again on Thursday 3rd June at 7.30pm\r\n"
                )
            ])
        ),
        (
            2609,
            ops(writes: [
                (
                    "outputs/street-meeting.md",
                    "- Street party: Saturday July 10th, 1 to 6 pm (rain date July 11th); £8 per household for tables, bunting and the bouncy castle, paid to Maureen by June 20th.\n- Next meeting: Thursday June 3rd, 7.30 pm, Fox and Hounds."
                )
            ])
        ),
        (
            2610,
            ops(writes: [
                (
                    "outputs/picnic-list.md",
                    "# Picnic, Sunday\n\n| Who | Bringing |\n|---|---|\n| Marcus | Sausage rolls |\n| Olu | Fruit salad |\n| Hannah | Drinks, picnic blanket |\n| Jess | Quiche, crisps |\n"
                )
            ])
        ),
        (
            2610,
            ops(writes: [
                (
                    "outputs/picnic-list.md",
                    "Who's bringing what:\r\nJess - a quiche and some crisps\r\nHannah - the drinks and the blanket\r\nOlu - fruit salad\r\nMarcus - sausage rolls\r\n"
                )
            ])
        ),
        (
            2610,
            ops(writes: [
                ("outputs/picnic-list.md", "1. Sausage rolls: Marcus\n2. Fruit salad: Olu\n3. Drinks: Hannah\n4. Quiche and crisps: Jess")
            ])
        ),
        (
            2611,
            ops(writes: [
                (
                    "outputs/money-csv-files.md",
                    "current-account-2026-12.csv\ncurrent-account-2027-04.csv\nsavings-2027.csv\nbudget-2027.csv"
                )
            ])
        ),
        (
            2611,
            ops(writes: [
                (
                    "outputs/money-csv-files.md",
                    "# CSV files in memory/money\n\n| Folder | File |\n|---|---|\n| bank | current-account-2027-04.csv |\n| bank | savings-2027.csv |\n| bank/statements/2026 | current-account-2026-12.csv |\n| budget | budget-2027.csv |\n"
                )
            ])
        ),
        (
            2611,
            ops(writes: [
                (
                    "outputs/money-csv-files.md",
                    "CSV files:\r\n1. `budget/budget-2027.csv`\r\n2. `bank/savings-2027.csv`\r\n3. `bank/current-account-2027-04.csv`\r\n4. `bank/statements/2026/current-account-2026-12.csv`\r\n"
                )
            ])
        ),
        (
            2612,
            ops(writes: [
                (
                    "outputs/races-2027.csv",
                    "\"Race\",\"Date\",\"Finish time\"\r\n\"Harewood 10K\",\"2027-03-14\",\"52:41\"\r\n\"Leeds Half Marathon\",\"2027-05-09\",\"1:58:07\"\r\n\"Temple Newsam parkrun\",\"2027-05-22\",\"24:55\"\r\n\"Otley 10\",\"2027-06-16\",\"1:26:30\"\r\n"
                )
            ])
        ),
        (
            2612,
            ops(writes: [
                (
                    "outputs/races-2027.csv",
                    "Date,Race,Time\n16/06/2027,Otley 10,1:26:30\n22/05/2027,Temple Newsam parkrun,24:55\n09/05/2027,Leeds Half Marathon,1:58:07\n14/03/2027,Harewood 10K,52:41\n"
                )
            ])
        ),
        (
            2612,
            ops(writes: [
                (
                    "outputs/races-2027.csv",
                    "Event, When, Result\nHarewood 10K, 14 Mar 2027, 00:52:41\nLeeds Half Marathon, 9 May 2027, 01:58:07\nTemple Newsam parkrun, 22 May 2027, 00:24:55\nOtley 10, 16 Jun 2027, 01:26:30"
                )
            ])
        ),
        (
            2613,
            ops(writes: [
                (
                    "skills/meal-plan/SKILL.md",
                    "---\nname: \"meal-plan\"\ndescription: >\n  A week of dinners from what we already have.\n---\n\n# Meal plan\n\n1. Read `memory/kitchen/pantry.md`.\n2. Look through the recipes in `memory/kitchen/recipes/`.\n3. Pick seven different recipes, one dinner for each night from Monday to Sunday, favouring those that use up the pantry.\n4. Save the plan to `outputs/meal-plan.md`, one line per day.\n"
                )
            ])
        ),
        (
            2613,
            ops(writes: [
                (
                    "skills/meal-plan/SKILL.md",
                    "---\nname: meal-plan\ndescription: 'Weekly dinner planner.'\n---\nCheck what's in memory/kitchen/pantry.md, then choose a dinner from memory/kitchen/recipes for every day of the week, Monday through Sunday, using pantry food first and never repeating a recipe. Write it to outputs/meal-plan.md."
                )
            ])
        ),
        (
            2613,
            ops(writes: [
                (
                    "skills/meal-plan/SKILL.md",
                    "---\nname: meal-plan\ndescription: |\n  Plan Monday to Sunday's dinners.\n---\n- Pantry: memory/kitchen/pantry.md\n- Recipes: memory/kitchen/recipes\n- One dinner per day, Monday to Sunday\n- Recipes that use pantry items come first\n- No recipe more than once\n- Output: outputs/meal-plan.md\n"
                )
            ])
        ),
        (
            2614,
            ops(writes: [
                (
                    "memory/money/spending-by-category.py",
                    "import pandas as pd\n\ndf = pd.read_csv(\"memory/money/spending-2027-05.csv\")\ntotals = df.groupby(\"category\")[\"amount\"].sum()\nfor category, total in totals.items():\n    print(f\"{category}: {total:.2f}\")\n"
                )
            ])
        ),
        (
            2614,
            ops(writes: [
                (
                    "memory/money/spending-by-category.py",
                    "import csv\nfrom decimal import Decimal\n\ntotals = {}\nwith open(\"memory/money/spending-2027-05.csv\", newline=\"\") as f:\n    reader = csv.reader(f)\n    next(reader)\n    for date, shop, category, amount in reader:\n        totals[category] = totals.get(category, Decimal(\"0\")) + Decimal(amount)\n\nfor category in sorted(totals):\n    print(category, totals[category])\n"
                )
            ])
        ),
        (
            2614,
            ops(writes: [
                (
                    "memory/money/spending-by-category.py",
                    "#!/usr/bin/env python3\n\"\"\"May 2027: how much went on each category.\"\"\"\nfrom pathlib import Path\n\nby_category = {}\nfor line in Path(\"memory/money/spending-2027-05.csv\").read_text().splitlines()[1:]:\n    if not line.strip():\n        continue\n    cells = line.split(\",\")\n    by_category.setdefault(cells[2], 0.0)\n    by_category[cells[2]] += float(cells[3])\nfor name, amount in by_category.items():\n    print(f\"{name}: {amount:.2f}\")\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the twenty-fifth fresh part's checks must refuse, at least six per intention.
    static let fresh25NearMisses: [(Int, String)] = [
        (2601, ops(writes: [(Fresh25.soup, Fresh25.soupNote.replacingOccurrences(of: "250 g red lentils", with: "200 g red lentils"))])),
        (
            2601,
            ops(writes: [(Fresh25.soup, Fresh25.soupNote.replacingOccurrences(of: "1.2 litres vegetable stock", with: "1 litre vegetable stock"))])
        ),
        (2601, ops(writes: [(Fresh25.soup, Fresh25.soupNote.replacingOccurrences(of: "25 minutes", with: "30 minutes"))])),
        (
            2601,
            ops(writes: [
                (
                    Fresh25.soup,
                    Fresh25.soupNote.replacingOccurrences(of: "- 1 tsp ground cumin\n", with: "").replacingOccurrences(
                        of: " with the cumin", with: "")
                )
            ])
        ),
        (2601, ops(writes: [(Fresh25.soup, Fresh25.soupNote.replacingOccurrences(of: "2 carrots", with: "3 carrots"))])),
        (2601, ops(writes: [(Fresh25.soup, Fresh25.soupNote.replacingOccurrences(of: "1 tsp ground cumin", with: "2 tsp ground cumin"))])),
        (
            2601,
            ops(writes: [
                (
                    Fresh25.soup,
                    Fresh25.soupNote.replacingOccurrences(
                        of: "- 1 onion, chopped\n- 2 carrots, diced", with: "- 2 onions, chopped\n- 1 carrot, diced")
                )
            ])
        ),
        (
            2601,
            ops(writes: [
                (
                    Fresh25.soup,
                    Fresh25.soupNote.replacingOccurrences(of: "- 1 tsp ground cumin\n", with: "- 1 tsp ground cumin\n- 400 ml coconut milk\n")
                )
            ])
        ),
        (2601, ops(writes: [("memory/kitchen/recipes/lentil-dal.md", Fresh25.soupNote)])),
        (2601, ops(writes: [("memory/kitchen/red-lentil-soup.md", Fresh25.soupNote)])),
        (
            2601,
            ops(writes: [
                (Fresh25.soup, Fresh25.soupNote),
                ("memory/kitchen/shopping.md", Fresh25.kitchen["memory/kitchen/shopping.md"]! + "- vegetable stock\n- cumin\n"),
            ])
        ),
        (2601, ops(writes: [(Fresh25.soup, "```markdown\n" + Fresh25.soupNote + "```\n")])),
        (2602, ops(writes: [(Fresh25.contactsFile, Fresh25.newMobile("07700 900428"))])),
        (
            2602,
            ops(writes: [
                (
                    Fresh25.contactsFile,
                    Fresh25.contacts[Fresh25.contactsFile]!.replacingOccurrences(
                        of: "Pam Whitlock,07700 900156,0113 496 0781", with: "Pam Whitlock,07700 900156,07700 900482")
                )
            ])
        ),
        (
            2602,
            ops(writes: [
                (
                    Fresh25.contactsFile,
                    Fresh25.newMobile("07700 900482").replacingOccurrences(of: "Graham Whitlock,07700 900157", with: "Graham Whitlock,07700 900482")
                )
            ])
        ),
        (
            2602,
            ops(writes: [
                (
                    Fresh25.contactsFile,
                    Fresh25.contacts[Fresh25.contactsFile]!.replacingOccurrences(of: "Pam Reid,07700 900265", with: "Pam Reid,07700 900482")
                )
            ])
        ),
        (2602, ops(writes: [(Fresh25.contactsFile, Fresh25.newMobile("07700 900482 / 07700 900156"))])),
        (
            2602,
            ops(writes: [
                (
                    Fresh25.contactsFile,
                    Fresh25.contacts[Fresh25.contactsFile]! + "Pam Whitlock,07700 900482,0113 496 0781,pam.whitlock@example.com,22/03/1961\n"
                )
            ])
        ),
        (
            2602,
            ops(writes: [
                (Fresh25.contactsFile, Fresh25.newMobile("07700 900482")),
                (
                    "memory/people/contacts-backup-2025.csv",
                    Fresh25.contacts["memory/people/contacts-backup-2025.csv"]!.replacingOccurrences(of: "07700 900156", with: "07700 900482")
                ),
            ])
        ),
        (
            2602,
            ops(writes: [
                (Fresh25.contactsFile, Fresh25.newMobile("07700 900482").replacingOccurrences(of: "name,mobile,landline,email,birthday\n", with: ""))
            ])
        ),
        (2602, ops(writes: [(Fresh25.contactsFile, "```csv\n" + Fresh25.newMobile("07700 900482") + "```\n")])),
        (
            2602,
            ops(writes: [
                (Fresh25.contactsFile, Fresh25.newMobile("07700 900482").replacingOccurrences(of: ",pam.whitlock@example.com,", with: ","))
            ])
        ),
        (2602, ops(writes: [(Fresh25.contactsFile, Fresh25.newMobile("07700 900482").replacingOccurrences(of: "22/03/1961", with: "1961-03-22"))])),
        (2603, ops(writes: [(Fresh25.bookLog, Fresh25.books[Fresh25.bookLog]! + "| Hamnet | Maggie O'Farrell | 9 May | 5/5 |\n")])),
        (2603, ops(writes: [(Fresh25.bookLog, Fresh25.books[Fresh25.bookLog]! + "| Hamnet | Maggie O'Farrell | 19 May | 4/5 |\n")])),
        (
            2603,
            ops(writes: [
                (
                    Fresh25.bookLog,
                    Fresh25.books[Fresh25.bookLog]!.replacingOccurrences(
                        of: "|---|---|---|---|\n", with: "|---|---|---|---|\n| Hamnet | Maggie O'Farrell | 9 May | 4/5 |\n")
                )
            ])
        ),
        (2603, ops(writes: [(Fresh25.bookLog, Fresh25.books[Fresh25.bookLog]! + "- Hamnet, Maggie O'Farrell, 9 May, 4/5\n")])),
        (2603, ops(writes: [(Fresh25.bookLog, Fresh25.books[Fresh25.bookLog]! + "| The Marriage Portrait | Maggie O'Farrell | 9 May | 4/5 |\n")])),
        (
            2603,
            ops(writes: [
                ("memory/reading/2026.md", Fresh25.books["memory/reading/2026.md"]! + "| Hamnet | Maggie O'Farrell | 9 May | 4/5 |\n")
            ])
        ),
        (
            2603,
            ops(writes: [
                (Fresh25.bookLog, Fresh25.books[Fresh25.bookLog]! + "| Hamnet | Maggie O'Farrell | 9 May | 4/5 |\n"),
                (
                    "memory/reading/to-read.md",
                    Fresh25.books["memory/reading/to-read.md"]!.replacingOccurrences(of: "- Hamnet (Maggie O'Farrell)\n", with: "")
                ),
            ])
        ),
        (2603, ops(writes: [(Fresh25.bookLog, "```\n" + Fresh25.books[Fresh25.bookLog]! + "| Hamnet | Maggie O'Farrell | 9 May | 4/5 |\n```\n")])),
        (2603, ops(writes: [(Fresh25.bookLog, Fresh25.books[Fresh25.bookLog]! + "| Hamnet | 9 May | 4/5 |\n")])),
        (
            2603,
            ops(writes: [
                (
                    Fresh25.bookLog,
                    "# Books read in 2027\n\n| Title | Author | Finished | Rating |\n|---|---|---|---|\n| Hamnet | Maggie O'Farrell | 9 May | 4/5 |\n"
                )
            ])
        ),
        (2603, ops(writes: [(Fresh25.bookLog, Fresh25.books[Fresh25.bookLog]! + "| Hamnet | Maggie O'Farrell | 9 May 2026 | 4/5 |\n")])),
        (2604, ops(#"{"op":"move","from":"memory/school/letter (2).md","to":"memory/school/year-5-trip-consent.md"}"#)),
        (2604, ops(#"{"op":"move","from":"memory/school/letter (1).md","to":"memory/school/year-5-trip-consent.txt"}"#)),
        (2604, ops(#"{"op":"move","from":"memory/school/letter (1).md","to":"memory/school/year5-trip-consent.md"}"#)),
        (2604, ops(writes: [(Fresh25.consent, Fresh25.school[Fresh25.letter]!)])),
        (2604, ops(#"{"op":"delete","path":"memory/school/letter (1).md"}"#)),
        (
            2604,
            ops(
                writes: [
                    (
                        Fresh25.consent,
                        Fresh25.school[Fresh25.letter]!.replacingOccurrences(
                            of: "# Year 5 trip to the Eden Ocean Centre", with: "# Year 5 trip consent form")
                    )
                ],
                #"{"op":"delete","path":"memory/school/letter (1).md"}"#)
        ),
        (
            2604,
            ops(
                #"{"op":"move","from":"memory/school/letter (1).md","to":"memory/school/year-5-trip-consent.md"}"#,
                #"{"op":"move","from":"memory/school/letter (2).md","to":"memory/school/head-lice.md"}"#)
        ),
        (2604, ops(#"{"op":"move","from":"memory/school/letter (1).md","to":"memory/school/trips/year-5-trip-consent.md"}"#)),
        (2604, ops(#"{"op":"move","from":"memory/school/letter (1).md","to":"memory/school/year 5 trip consent.md"}"#)),
        (2605, ops(#"{"op":"move","from":"memory/inbox/report-spring-2027-ava.md","to":"memory/kids/noah/school/report-spring-2027-ava.md"}"#)),
        (2605, ops(#"{"op":"move","from":"memory/inbox/report-spring-2027-ava.md","to":"memory/kids/ava/school/report-spring-2027-ava.md"}"#)),
        (
            2605,
            ops(
                #"{"op":"move","from":"memory/inbox/report-spring-2027-noah.md","to":"memory/kids/noah/school/report-spring-2027-noah.md"}"#,
                #"{"op":"move","from":"memory/inbox/report-spring-2027-ava.md","to":"memory/kids/ava/school/report-spring-2027-ava.md"}"#)
        ),
        (2605, ops(writes: [(Fresh25.reportFiled, Fresh25.reports[Fresh25.report]!)])),
        (2605, ops(#"{"op":"move","from":"memory/inbox/report-spring-2027-noah.md","to":"memory/kids/noah/report-spring-2027-noah.md"}"#)),
        (2605, ops(#"{"op":"move","from":"memory/inbox/report-spring-2027-noah.md","to":"memory/kids/noah/school/report-spring-2027.md"}"#)),
        (2605, ops(#"{"op":"move","from":"memory/inbox/report-spring-2027-noah.md","to":"memory/kids/ava/school/report-spring-2027-noah.md"}"#)),
        (
            2605,
            ops(
                writes: [(Fresh25.reportFiled, Fresh25.reports[Fresh25.report]! + "Read on 14 April 2027\n")],
                #"{"op":"delete","path":"memory/inbox/report-spring-2027-noah.md"}"#)
        ),
        (2605, ops(#"{"op":"delete","path":"memory/inbox/report-spring-2027-noah.md"}"#)),
        (2606, ops(writes: Array(Fresh25.newName("Rachel Adeyemi").prefix(2)))),
        (
            2606,
            ops(
                writes: Fresh25.newName("Rachel Adeyemi").map {
                    $0.0 == "memory/clubs/book-club.md"
                        ? (
                            $0.0,
                            Fresh25.people[$0.0]!.replacingOccurrences(
                                of: "Members: Annie Cole, Rachel Green", with: "Members: Annie Cole, Rachel Adeyemi")
                        )
                        : $0
                })
        ),
        (
            2606,
            ops(
                writes: Fresh25.newName("Rachel Adeyemi").map {
                    ($0.0, $0.1.replacingOccurrences(of: "Tom Green", with: "Tom Adeyemi"))
                })
        ),
        (
            2606,
            ops(
                writes: Fresh25.newName("Rachel Adeyemi") + [
                    (Fresh25.wedding, Fresh25.people[Fresh25.wedding]!.replacingOccurrences(of: "Rachel Green", with: "Rachel Adeyemi"))
                ])
        ),
        (2606, ops(writes: Fresh25.newName("Rachel Adeyemi-Green"))),
        (2606, ops(writes: Fresh25.newName("Rachel Adeyami"))),
        (
            2606,
            ops(
                writes: Fresh25.newName("Rachel Adeyemi").map {
                    $0.0 == "memory/people/birthdays.md"
                        ? (
                            $0.0,
                            Fresh25.people[$0.0]!.replacingOccurrences(
                                of: "- Rachel Green: 14 March\n", with: "- Rachel Green: 14 March\n- Rachel Adeyemi: 14 March\n")
                        )
                        : $0
                })
        ),
        (2606, ops(writes: Fresh25.newName("Rachel Adeyemi").map { ($0.0, "```\n" + $0.1 + "```\n") })),
        (
            2606,
            ops(
                writes: Fresh25.newName("Rachel Adeyemi").map {
                    (
                        $0.0,
                        $0.1.replacingOccurrences(
                            of: "Rachel Adeyemi,Flat 3 28 Kirkstall Lane,Leeds,", with: "Rachel Adeyemi,Flat 3 28 Kirkstall Lane,")
                    )
                })
        ),
        (
            2606,
            ops(
                writes: Fresh25.newName("Rachel Adeyemi").map {
                    ($0.0, $0.1.replacingOccurrences(of: "Rachel Adeyemi: 14 March", with: "Rachel Adeyemi: 17 April"))
                })
        ),
        (2607, ops(writes: [(Fresh25.sheet, Fresh25.work["memory/work/timesheets/2027-week-18.md"]!)])),
        (2607, ops(writes: [(Fresh25.sheet, Fresh25.work["memory/work/templates/timesheet-2025.md"]!)])),
        (2607, ops(#"{"op":"move","from":"memory/work/templates/timesheet.md","to":"memory/work/timesheets/2027-week-19.md"}"#)),
        (2607, ops(writes: [("memory/work/timesheets/week-19.md", Fresh25.work[Fresh25.template]!)])),
        (
            2607,
            ops(writes: [
                (
                    Fresh25.sheet,
                    Fresh25.work[Fresh25.template]!.replacingOccurrences(of: "# Timesheet: week of ____", with: "# Timesheet: week of 10 May 2027")
                )
            ])
        ),
        (2607, ops(writes: [(Fresh25.sheet, "```markdown\n" + Fresh25.work[Fresh25.template]! + "```\n")])),
        (
            2607,
            ops(writes: [
                (Fresh25.sheet, Fresh25.work[Fresh25.template]!),
                (Fresh25.template, Fresh25.work[Fresh25.template]! + "Last copied for week 19\n"),
            ])
        ),
        (2607, ops(writes: [("memory/work/templates/2027-week-19.md", Fresh25.work[Fresh25.template]!)])),
        (2607, ops(writes: [(Fresh25.sheet, Fresh25.work[Fresh25.template]!.replacingOccurrences(of: "| Fri | | | | |\n", with: ""))])),
        (2607, ops(writes: [(Fresh25.sheet, Fresh25.work[Fresh25.template]!.replacingOccurrences(of: "Name: Lena Marsh", with: "Name:"))])),
        (2608, ops(#"{"op":"delete","path":"memory/phone/contacts-export-2027-05-18.vcf"}"#)),
        (
            2608,
            ops(
                #"{"op":"delete","path":"memory/phone/contacts-export-2027-03-02.vcf"}"#,
                #"{"op":"delete","path":"memory/phone/contacts-export-2027-05-18.vcf"}"#)
        ),
        (2608, ops(#"{"op":"delete","path":"memory/phone/calendar-export-2027-03-02.ics"}"#)),
        (
            2608,
            ops(
                #"{"op":"delete","path":"memory/phone/contacts-export-2027-03-02.vcf"}"#,
                #"{"op":"delete","path":"memory/phone/calendar-export-2027-03-02.ics"}"#)
        ),
        (2608, ops(writes: [(Fresh25.oldExport, "")])),
        (
            2608,
            ops(#"{"op":"move","from":"memory/phone/contacts-export-2027-03-02.vcf","to":"memory/phone/archive/contacts-export-2027-03-02.vcf"}"#)
        ),
        (
            2608,
            ops(
                writes: [("memory/phone/new-phone.md", Fresh25.phone["memory/phone/new-phone.md"]! + "Deleted the March export\n")],
                #"{"op":"delete","path":"memory/phone/contacts-export-2027-03-02.vcf"}"#)
        ),
        (2608, ops(#"{"op":"move","from":"memory/phone/contacts-export-2027-03-02.vcf","to":"memory/phone/contacts-export-2027-03-02.vcf.old"}"#)),
        (
            2609,
            ops(writes: [
                (
                    "outputs/street-meeting.md",
                    Fresh25.meetingSummary + "- Potholes: Dev will report them to the council again\n"
                )
            ])
        ),
        (
            2609,
            ops(writes: [
                (
                    "outputs/street-meeting.md",
                    "The street party is on Saturday 10 July, each household pays £8, and the next meeting is on Thursday 3 June.\n"
                )
            ])
        ),
        (2609, ops(writes: [("outputs/street-meeting.md", Fresh25.meetingSummary.replacingOccurrences(of: "£8", with: "£6"))])),
        (
            2609,
            ops(writes: [("outputs/street-meeting.md", Fresh25.meetingSummary.replacingOccurrences(of: "Saturday 10 July", with: "Saturday 17 July"))]
            )
        ),
        (
            2609,
            ops(writes: [("outputs/street-meeting.md", Fresh25.meetingSummary.replacingOccurrences(of: "Thursday 3 June", with: "Thursday 3 July"))])
        ),
        (
            2609,
            ops(writes: [
                (
                    "outputs/street-meeting.md",
                    "- Street party: Thursday 3 June\n- Each household pays £8, to Maureen by 20 June\n- Next meeting: Saturday 10 July\n"
                )
            ])
        ),
        (2609, ops(writes: [("outputs/street-meeting.md", Fresh25.minutes)])),
        (
            2609,
            ops(writes: [
                (
                    "outputs/street-meeting.md",
                    "- Street party: Saturday 10 July, 1 to 6 pm (Sunday 11 July if it rains)\n- Next meeting: Thursday 3 June, 7.30 pm, Fox and Hounds\n"
                )
            ])
        ),
        (2609, ops(writes: [("outputs/street-meeting.md", "```\n" + Fresh25.meetingSummary + "```\n")])),
        (2609, ops(writes: [("memory/street/summary.md", Fresh25.meetingSummary)])),
        (
            2609,
            ops(writes: [
                (
                    "outputs/street-meeting.md",
                    "- The street party will be held on Saturday 10 July from 1 pm until 6 pm, or on Sunday 11 July if the weather is bad, and Ken Ashby is applying to the council for the road closure before the end of May so that the tables can go out in the road\n- Each household is asked for £8 towards the tables, the bunting and the bouncy castle, which Maureen Pike is collecting by 20 June, and there is still £146 in the kitty from last year\n- The next meeting is on Thursday 3 June at 7.30 pm in the back room of the Fox and Hounds, the same place as this one\n"
                )
            ])
        ),
        (
            2609,
            ops(writes: [
                ("outputs/street-meeting.md", Fresh25.meetingSummary.replacingOccurrences(of: "Saturday 10 July", with: "Saturday 10 July 2026"))
            ])
        ),
        (
            2610,
            ops(writes: [
                (
                    "outputs/picnic-list.md",
                    "- Marcus: sausage rolls\n- Olu: fruit salad\n- Hannah: drinks and the picnic blanket\n- Jess: quiche and crisps\n- Bea: not coming\n"
                )
            ])
        ),
        (
            2610,
            ops(writes: [
                (
                    "outputs/picnic-list.md",
                    "- Marcus: sausage rolls\n- Olu: fruit salad\n- Hannah: drinks and the picnic blanket\n- Jess: a dip and crisps\n"
                )
            ])
        ),
        (
            2610,
            ops(writes: [
                ("outputs/picnic-list.md", "- Marcus: sausage rolls\n- Olu: fruit salad\n- Hannah: drinks and the picnic blanket\n- Jess: quiche\n")
            ])
        ),
        (
            2610,
            ops(writes: [
                (
                    "outputs/picnic-list.md",
                    "- Marcus: fruit salad\n- Olu: sausage rolls\n- Hannah: drinks and the picnic blanket\n- Jess: quiche and crisps\n"
                )
            ])
        ),
        (2610, ops(writes: [("outputs/picnic-list.md", "- Marcus: sausage rolls\n- Olu: fruit salad\n- Jess: quiche and crisps\n")])),
        (
            2610,
            ops(writes: [
                (
                    "outputs/picnic-list.md",
                    "```\n- Marcus: sausage rolls\n- Olu: fruit salad\n- Hannah: drinks and the picnic blanket\n- Jess: quiche and crisps\n```\n"
                )
            ])
        ),
        (
            2610,
            ops(writes: [
                ("outputs/picnic-list.md", "Marcus is bringing sausage rolls, Olu fruit salad, Hannah the drinks and Jess a quiche and crisps.\n")
            ])
        ),
        (
            2610,
            ops(writes: [
                (
                    "memory/chats/picnic-list.md",
                    "- Marcus: sausage rolls\n- Olu: fruit salad\n- Hannah: drinks and the picnic blanket\n- Jess: quiche and crisps\n"
                )
            ])
        ),
        (
            2610,
            ops(writes: [
                ("outputs/picnic-list.md", "- Marcus: burgers\n- Olu: coleslaw\n- Hannah: drinks and the picnic blanket\n- Jess: quiche and crisps\n")
            ])
        ),
        (
            2610,
            ops(writes: [
                ("outputs/picnic-list.md", "- Marcus: sausage rolls\n- Olu: fruit salad\n- Hannah: the picnic blanket\n- Jess: quiche and crisps\n")
            ])
        ),
        (
            2611,
            ops(writes: [
                (
                    "outputs/money-csv-files.md",
                    "- memory/money/bank/current-account-2027-04.csv\n- memory/money/bank/current-account-2027-03.csv.bak\n- memory/money/bank/savings-2027.csv\n- memory/money/bank/statements/2026/current-account-2026-12.csv\n- memory/money/budget/budget-2027.csv\n"
                )
            ])
        ),
        (
            2611,
            ops(writes: [
                (
                    "outputs/money-csv-files.md",
                    "- memory/money/bank/current-account-2027-04.csv\n- memory/money/bank/savings-2027.csv\n- memory/money/budget/budget-2027.csv\n"
                )
            ])
        ),
        (
            2611,
            ops(writes: [
                (
                    "outputs/money-csv-files.md",
                    "- memory/money/bank/current-account-2027-04.csv\n- memory/money/bank/savings-2027.csv\n- memory/money/bank/statements/2026/current-account-2026-12.csv\n- memory/money/budget/budget-2027.csv\n- memory/money/budget/budget-2027.md\n"
                )
            ])
        ),
        (
            2611,
            ops(writes: [
                (
                    "outputs/money-csv-files.md",
                    "- memory/money/bank/current-account-2027-04.csv\n- memory/money/bank/savings-2027.csv\n- memory/money/bank/statements/2026/current-account-2026-12.csv\n- memory/money/budget/budget-2027.csv\n- memory/garden/harvest-2026.csv\n"
                )
            ])
        ),
        (
            2611,
            ops(writes: [
                (
                    "outputs/money-csv-files.md",
                    "The CSV files are current-account-2027-04.csv, savings-2027.csv, current-account-2026-12.csv and budget-2027.csv.\n"
                )
            ])
        ),
        (
            2611,
            ops(writes: [
                (
                    "outputs/money-csv-files.md",
                    "```\nmemory/money/bank/current-account-2027-04.csv\nmemory/money/bank/savings-2027.csv\nmemory/money/bank/statements/2026/current-account-2026-12.csv\nmemory/money/budget/budget-2027.csv\n```\n"
                )
            ])
        ),
        (
            2611,
            ops(writes: [
                (
                    "outputs/money-csv-files.md",
                    "- current-account-2027-04.csv\n- savings-2027.csv\n- current-account-2026-12.csv\n- budget-2027.csv\n- savings-2027.csv\n"
                )
            ])
        ),
        (
            2611,
            ops(writes: [
                (
                    "memory/money/csv-files.md",
                    "- memory/money/bank/current-account-2027-04.csv\n- memory/money/bank/savings-2027.csv\n- memory/money/bank/statements/2026/current-account-2026-12.csv\n- memory/money/budget/budget-2027.csv\n"
                )
            ])
        ),
        (2611, ops(writes: [("outputs/money-csv-files.md", "- bank/\n- budget/\n- pension/\n")])),
        (
            2611,
            ops(writes: [
                (
                    "outputs/money-csv-files.md",
                    "- bank/current-account-2027-04.csv\n- bank/savings-2027.csv\n- bank/statements/2026/current-account-2026-12.csv\n- budget/budget-2027.csv\n- pension/annual-statement-2026.md\n"
                )
            ])
        ),
        (
            2612,
            ops(writes: [
                (
                    "outputs/races-2027.csv",
                    "| Race | Date | Time |\n|---|---|---|\n| Harewood 10K | 2027-03-14 | 52:41 |\n| Leeds Half Marathon | 2027-05-09 | 1:58:07 |\n| Temple Newsam parkrun | 2027-05-22 | 24:55 |\n| Otley 10 | 2027-06-16 | 1:26:30 |\n"
                )
            ])
        ),
        (2612, ops(writes: [("outputs/races-2027.csv", Fresh25.running["memory/running/races-2027.json"]!)])),
        (
            2612,
            ops(writes: [
                (
                    "outputs/races-2027.csv",
                    Fresh25.racesCSV.replacingOccurrences(of: "2027-03-14,52:41", with: "2027-03-14,24:55").replacingOccurrences(
                        of: "2027-05-22,24:55", with: "2027-05-22,52:41")
                )
            ])
        ),
        (
            2612,
            ops(writes: [("outputs/races-2027.csv", Fresh25.racesCSV.replacingOccurrences(of: "Temple Newsam parkrun,2027-05-22,24:55\n", with: ""))])
        ),
        (
            2612,
            ops(writes: [
                (
                    "outputs/races-2027.csv",
                    Fresh25.racesCSV.replacingOccurrences(of: "Harewood 10K,2027-03-14,52:41", with: "Harewood 10K,2026-03-15,55:02")
                )
            ])
        ),
        (
            2612,
            ops(writes: [
                (
                    "outputs/races-2027.csv",
                    "race,date,distance_km,time\nHarewood 10K,2027-03-14,10,52:41\nLeeds Half Marathon,2027-05-09,21.1,1:58:07\nTemple Newsam parkrun,2027-05-22,5,24:55\nOtley 10,2027-06-16,16.1,1:26:30\n"
                )
            ])
        ),
        (2612, ops(writes: [("outputs/races-2027.csv", Fresh25.racesCSV.replacingOccurrences(of: "race,date,time\n", with: ""))])),
        (2612, ops(writes: [("outputs/races-2027.csv", Fresh25.racesCSV.replacingOccurrences(of: "2027-06-16", with: "2027-06-06"))])),
        (2612, ops(writes: [("outputs/races-2027.csv", "```csv\n" + Fresh25.racesCSV + "```\n")])),
        (2612, ops(writes: [("memory/running/races-2027.csv", Fresh25.racesCSV)])),
        (2612, ops(writes: [("outputs/races-2027.csv", Fresh25.racesCSV.replacingOccurrences(of: "1:58:07", with: "1:58"))])),
        (
            2612,
            ops(writes: [
                (
                    "outputs/races-2027.csv",
                    Fresh25.racesCSV + "Harewood 10K,2026-03-15,55:02\n"
                )
            ])
        ),
        (
            2613,
            ops(writes: [
                (
                    "skills/meal-plan/SKILL.md",
                    "# Meal plan\nRead memory/kitchen/pantry.md and the recipes in memory/kitchen/recipes, choose a different dinner for each day from Monday to Sunday and write it to outputs/meal-plan.md.\n"
                )
            ])
        ),
        (2613, ops(writes: [("skills/meal-plan/SKILL.md", Fresh25.mealSkill.replacingOccurrences(of: "name: meal-plan", with: "name: Meal Plan"))])),
        (
            2613,
            ops(writes: [
                (
                    "skills/meal-plan/SKILL.md",
                    Fresh25.mealSkill.replacingOccurrences(of: "description: Plan a week of dinners from the pantry and my recipes.\n", with: "")
                )
            ])
        ),
        (
            2613,
            ops(writes: [
                ("skills/meal-plan/SKILL.md", Fresh25.mealSkill.replacingOccurrences(of: "outputs/meal-plan.md", with: "outputs/dinners.md"))
            ])
        ),
        (
            2613,
            ops(writes: [
                ("skills/meal-plan/SKILL.md", Fresh25.mealSkill.replacingOccurrences(of: " and the recipes in memory/kitchen/recipes", with: ""))
            ])
        ),
        (
            2613,
            ops(writes: [
                ("skills/meal-plan/SKILL.md", Fresh25.mealSkill.replacingOccurrences(of: "Don't use the same recipe twice in the week.\n", with: ""))
            ])
        ),
        (
            2613,
            ops(writes: [("skills/meal-plan/SKILL.md", Fresh25.mealSkill.replacingOccurrences(of: "Monday to Sunday", with: "Monday to Friday"))])
        ),
        (2613, ops(writes: [("skills/meal-plan/SKILL.md", "```markdown\n" + Fresh25.mealSkill + "```\n")])),
        (2613, ops(writes: [("skills/meal-plan.md", Fresh25.mealSkill)])),
        (
            2613,
            ops(writes: [
                ("skills/meal-plan/SKILL.md", Fresh25.mealSkill),
                ("skills/shopping-list/SKILL.md", Fresh25.shoppingSkill + "Run the meal-plan skill first.\n"),
            ])
        ),
        (
            2613,
            ops(writes: [
                (
                    "skills/shopping-list/SKILL.md",
                    Fresh25.shoppingSkill
                        + "\n## Meal plan\nRead memory/kitchen/pantry.md and the recipes in memory/kitchen/recipes and write a different dinner for each day from Monday to Sunday to outputs/meal-plan.md.\n"
                )
            ])
        ),
        (
            2614,
            ops(writes: [
                (
                    "memory/money/spending-by-category.py",
                    Fresh25.categoryScript.replacingOccurrences(of: "spending-2027-05.csv", with: "spending-2027-04.csv")
                )
            ])
        ),
        (
            2614,
            ops(writes: [
                (
                    "memory/money/spending-by-category.py",
                    Fresh25.categoryScript.replacingOccurrences(
                        of: "with open(\"memory/money/spending-2027-05.csv\") as f:\n    for row",
                        with:
                            "for name in [\"memory/money/spending-2027-04.csv\", \"memory/money/spending-2027-05.csv\"]:\n  with open(name) as f:\n    for row"
                    )
                )
            ])
        ),
        (
            2614,
            ops(writes: [
                (
                    "memory/money/spending-by-category.py",
                    "import csv\n\ntotal = 0.0\nwith open(\"memory/money/spending-2027-05.csv\") as f:\n    for row in csv.DictReader(f):\n        total += float(row[\"amount\"])\nprint(f\"Spent in May: £{total:.2f}\")\n"
                )
            ])
        ),
        (
            2614,
            ops(writes: [
                (
                    "memory/money/spending-by-category.py",
                    Fresh25.categoryScript.replacingOccurrences(of: "defaultdict(float)", with: "defaultdict(int)").replacingOccurrences(
                        of: "+= float(row[\"amount\"])", with: "+= 1")
                )
            ])
        ),
        (
            2614,
            ops(writes: [
                (
                    "memory/money/spending-by-category.py",
                    Fresh25.categoryScript.replacingOccurrences(of: "float(row[\"amount\"])", with: "int(row[\"amount\"])")
                )
            ])
        ),
        (
            2614,
            ops(writes: [
                (
                    "memory/money/spending-by-category.py",
                    Fresh25.categoryScript
                        + "with open(\"memory/money/spending-2027-05.csv\", \"a\") as out:\n    for name, total in totals.items():\n        out.write(f\"total,,{name},{total:.2f}\\n\")\n"
                )
            ])
        ),
        (2614, ops(writes: [("memory/money/spending-by-category.py", "```python\n" + Fresh25.categoryScript + "```\n")])),
        (
            2614,
            ops(writes: [
                (
                    "memory/money/spending-by-category.py",
                    "#!/bin/sh\nawk -F, 'NR > 1 { t[$3] += $4 } END { for (c in t) print c, t[c] }' memory/money/spending-2027-05.csv\n"
                )
            ])
        ),
        (
            2614,
            ops(writes: [
                (
                    "memory/money/spending-by-category.py",
                    Fresh25.categoryScript.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "# \($0)" }.joined(
                        separator: "\n")
                )
            ])
        ),
        (2614, ops(writes: [("outputs/spending-by-category.py", Fresh25.categoryScript)])),
        (
            2614,
            ops(writes: [
                ("memory/money/spending-by-category.py", Fresh25.categoryScript.replacingOccurrences(of: "row[\"category\"]", with: "row[\"shop\"]"))
            ])
        ),
    ]
}

/// The twenty-fifth fresh part's fixtures and the helpers its checks share.
private enum Fresh25 {
    static let soup = "memory/kitchen/recipes/red-lentil-soup.md"
    static let kitchen: [String: String] = [
        "memory/kitchen/recipes/lentil-dal.md":
            "# Lentil dal\n- 200 g red lentils\n- 400 ml coconut milk\n- 2 tsp curry powder\nSimmer for 30 minutes\n",
        "memory/kitchen/recipes/carrot-soup.md":
            "# Carrot and coriander soup\n- 6 carrots\n- 1 litre stock\n- a handful of coriander\nSimmer for 20 minutes\n",
        "memory/kitchen/shopping.md": "# Shopping\n- red lentils\n- carrots\n- oat milk\n",
    ]
    static let soupNote =
        "# Red lentil soup (Mum's)\n\n## Ingredients\n- 250 g red lentils\n- 1 onion, chopped\n- 2 carrots, diced\n- 1.2 litres vegetable stock\n- 1 tsp ground cumin\n\n## Method\nSoften the onion and carrots with the cumin, add the lentils and stock, then simmer for 25 minutes.\n"

    /// What a recipe's line says about each ingredient: the line itself, or its clauses when it
    /// names more than one ingredient.
    static func clauses(_ line: String, _ ingredients: [String]) -> [String] {
        guard ingredients.filter({ line.contains($0) }).count > 1 else { return [line] }
        return line.replacingOccurrences(of: #",|;|\band\b|\.\s|\bthen\b|\bwith\b"#, with: "\n", options: .regularExpression).split(
            separator: "\n"
        ).map(String.init)
    }

    /// Whether `text` is the soup's recipe: 250 g of red lentils, an onion, two carrots, 1.2 litres
    /// of stock (1,200 ml passes) and a teaspoon of cumin, each said with its own quantity (a table,
    /// a list or a sentence), simmered for 25 minutes, and no other number nor anything from the
    /// dal or the carrot soup.
    static func isSoup(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !Judge.has(t, #"coconut|curry|coriander|\bdal\b"#) else { return false }
        let plain = t.lowercased().replacingOccurrences(of: #"(\d),(\d{3})\b"#, with: "$1$2", options: .regularExpression)
        let lines = Judge.lines(plain).map {
            $0.replacingOccurrences(of: #"^([-*+•]|\d+[.)])\s+"#, with: "", options: .regularExpression)
        }
        let names = ["lentil", "onion", "carrot", "stock", "cumin"]
        let parts = lines.flatMap { clauses($0, names) }
        let need = [
            ("lentil", #"\b250\s*(g|gr|grams?|grammes?)\b"#), ("carrot", #"\b(2|two)\b"#),
            ("stock", #"\b1\.2\s*(l|ltrs?|litres?|liters?)\b|\b1200\s*(ml|millilitres?|milliliters?)\b"#),
            ("cumin", #"\b(1|one|a)\s*(level\s+|heaped\s+)?(tsp|teaspoons?)\b"#), ("onion", #"onion"#),
        ]
        let numbers = lines.flatMap { Judge.found($0, #"(\d+(?:\.\d+)?)"#) }
        return need.allSatisfy { n in parts.contains { $0.contains(n.0) && Judge.has($0, n.1) } }
            && !parts.contains { Judge.has($0, #"\b(2|3|two|three)\s+(\w+\s+)?onions?\b|\b(1|one|3|three|4|four|6|six)\s+(\w+\s+)?carrots?\b"#) }
            && Judge.has(plain, #"\b25\s*(min|mins|minutes)\b|twenty[- ]five\s+min"#)
            && numbers.allSatisfy { ["250", "1", "2", "1.2", "1200", "25"].contains($0) }
    }

    static let contactsFile = "memory/people/contacts.csv"
    static let pamRow = "Pam Whitlock,07700 900156,0113 496 0781,pam.whitlock@example.com,22/03/1961"
    static let contacts: [String: String] = [
        contactsFile:
            "name,mobile,landline,email,birthday\n\(pamRow)\nGraham Whitlock,07700 900157,0113 496 0781,g.whitlock@example.com,05/11/1958\nPam Reid,07700 900265,,pam.reid@work.example,\nSunil Mehta,07700 900390,0113 496 0422,sunil@example.net,14/08/1990\n",
        "memory/people/contacts-backup-2025.csv":
            "name,mobile,landline,email\nPam Whitlock,07700 900156,0113 496 0781,pam.whitlock@example.com\nGraham Whitlock,07700 900157,0113 496 0781,g.whitlock@example.com\n",
        "memory/people/family.md": "# Family\nAuntie Pam (Mum's sister) and Uncle Graham live in Headingley\n",
    ]
    /// The contacts with Pam Whitlock's mobile written `mobile`.
    static func newMobile(_ mobile: String) -> String {
        contacts[contactsFile]!.replacingOccurrences(of: pamRow, with: pamRow.replacingOccurrences(of: "07700 900156", with: mobile))
    }

    /// The digits of a UK phone number, a +44 (and a (0) after it) made a leading 0.
    static func phone(_ cell: String) -> String {
        let d = cell.filter(\.isNumber)
        if d.hasPrefix("440") { return "0" + d.dropFirst(3) }
        if d.hasPrefix("44") { return "0" + d.dropFirst(2) }
        return d
    }

    /// Whether `text` is the contacts with only Pam Whitlock's mobile changed: 07700 900482 there
    /// (without the space, quoted or with +44 passes), every other cell and row as it was.
    static func isContacts(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(contacts[contactsFile])
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(of: pamRow) else { return false }
        let row = Judge.csvCells(got[i])
        let was = Judge.csvCells(pamRow)
        return row.count == was.count && row[0] == was[0] && phone(row[1]) == "07700900482" && Array(row[2...]) == Array(was[2...])
            && got.indices.allSatisfy { $0 == i || Judge.csvCells(got[$0]) == Judge.csvCells(want[$0]) }
    }

    static let bookLog = "memory/reading/2027.md"
    static let books: [String: String] = [
        bookLog:
            "# Books read in 2027\n\n| Title | Author | Finished | Rating |\n|---|---|---|---|\n| Piranesi | Susanna Clarke | 14 Jan | 5/5 |\n| The Thursday Murder Club | Richard Osman | 2 Feb | 3/5 |\n| Small Things Like These | Claire Keegan | 21 Mar | 4/5 |\n| Lessons in Chemistry | Bonnie Garmus | 18 Apr | 4/5 |\n",
        "memory/reading/2026.md":
            "# Books read in 2026\n\n| Title | Author | Finished | Rating |\n|---|---|---|---|\n| The Salt Path | Raynor Winn | 9 Oct | 4/5 |\n",
        "memory/reading/to-read.md":
            "# To read\n- Hamnet (Maggie O'Farrell)\n- Demon Copperhead (Barbara Kingsolver)\n- The Marriage Portrait (Maggie O'Farrell)\n",
    ]

    /// Whether the lowercased rating `r` gives four out of five: "4/5", "4", "4 out of 5", "four",
    /// four stars.
    static func isFour(_ r: String) -> Bool {
        let stars = r.filter { $0 == "★" || $0 == "⭐" || $0 == "*" }.count
        if stars > 0 { return stars == 4 && !r.contains(where: \.isNumber) }
        let n = Judge.found(r, #"(\d+(?:\.\d+)?)"#)
        return (n == ["4"] && !Judge.has(r, #"/|out of"#)) || (n == ["4", "5"] && Judge.has(r, #"^4\s*(/|out of)\s*5\b"#))
            || (n.isEmpty && Judge.has(r, #"^four\b"#))
    }

    /// Whether `text` is the reading log as it was with one more row at the bottom of its table:
    /// Hamnet, Maggie O'Farrell, 9 May (a year, if given, 2027; another date format passes) and
    /// four out of five however written.
    static func isReadingLog(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(books[bookLog])
        let got = Judge.lines(t)
        guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let row = Judge.cells(got[want.count]), row.count == 4
        else { return false }
        let c = row.map { $0.lowercased() }
        return c[0].contains("hamnet") && !c[0].contains("marriage") && c[1].contains("farrell") && Judge.hasDate(c[2], day: 9, month: 5)
            && Judge.days(c[2], month: 5).allSatisfy { $0 == 9 } && Judge.found(c[2], #"\b(\d{4})\b"#).allSatisfy { $0 == "2027" } && isFour(c[3])
    }

    static let letter = "memory/school/letter (1).md"
    static let consent = "memory/school/year-5-trip-consent.md"
    static let school: [String: String] = [
        letter:
            "# Year 5 trip to the Eden Ocean Centre\nThursday 10 June 2027, the coach leaves at 8.45 am\nCost £14.50, packed lunch needed\nSign the consent slip and return it by Friday 28 May\n",
        "memory/school/letter (2).md": "# Head lice\nThere have been cases of head lice in Year 5. Please check your child's hair this weekend.\n",
        "memory/school/letter.md": "# PTA newsletter, May 2027\nSummer fair on 26 June, volunteers wanted for the cake stall\n",
        "memory/school/term-dates.md": "# Term dates 2026-27\nSummer half term: 31 May to 4 June 2027\n",
    ]

    static let report = "memory/inbox/report-spring-2027-noah.md"
    static let reportFiled = "memory/kids/noah/school/report-spring-2027-noah.md"
    static let reports: [String: String] = [
        report:
            "# Spring report 2027: Noah (Year 3)\nReading: working at the expected standard\nMaths: greater depth in times tables\nTeacher's comment: a kind and curious member of the class\n",
        "memory/inbox/report-spring-2027-ava.md": "# Spring report 2027: Ava (Year 6)\nReading: greater depth\nMaths: expected standard\n",
        "memory/inbox/parents-evening.md": "# Parents' evening\nTuesday 20 April 2027, 5.40 pm with Mrs Bell\n",
        "memory/kids/noah/school/report-autumn-2026-noah.md": "# Autumn report 2026: Noah\nSettled well into Year 3\n",
        "memory/kids/ava/school/report-autumn-2026-ava.md": "# Autumn report 2026: Ava\nSATs practice going well\n",
    ]

    static let renamed = ["memory/people/birthdays.md", "memory/people/addresses.csv", "memory/clubs/book-club.md"]
    static let wedding = "memory/people/wedding-2027.md"
    static let people: [String: String] = [
        "memory/people/birthdays.md": "# Birthdays\n- Mum: 2 February\n- Rachel Green: 14 March\n- Tom Green: 30 March\n- Priya Shah: 8 July\n",
        "memory/people/addresses.csv":
            "name,street,town,postcode\nRachel Green,Flat 3 28 Kirkstall Lane,Leeds,LS6 3DT\nTom Green,4 Mill Court,York,YO1 7HT\nAnnie Cole,9 Beech Grove,Otley,LS21 1AB\n",
        "memory/clubs/book-club.md":
            "# Book club\nFirst Thursday of the month, 7.30 pm\nMembers: Annie Cole, Rachel Green, Deb Holt and me\nHosting in June: Rachel Green\n",
        wedding:
            "# Rachel and Dayo's wedding\nRachel Green marries Dayo Adeyemi on Saturday 17 April 2027 at Harewood\nGift: the blue casserole dish from their list\n",
    ]
    /// The three notes with Rachel Green written `name` wherever she appears.
    static func newName(_ name: String) -> [(String, String)] {
        renamed.map { ($0, people[$0]!.replacingOccurrences(of: "Rachel Green", with: name)) }
    }

    /// Whether `text` is the note at `path` with Rachel Green called Rachel Adeyemi on every line
    /// that named her (an aside saying what her name was passes), every other line and cell as it was.
    static func hasNewName(_ text: String?, _ path: String) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(people[path])
        let got = Judge.lines(t)
        return got.count == want.count
            && got.indices.allSatisfy { j in
                let said = got[j].replacingOccurrences(
                    of: #"\s*\((née|nee|was|formerly|previously|maiden name)\b[^)]*\)"#, with: "", options: [.regularExpression, .caseInsensitive])
                return !said.lowercased().contains("rachel green")
                    && Judge.csvCells(said) == Judge.csvCells(want[j].replacingOccurrences(of: "Rachel Green", with: "Rachel Adeyemi"))
            }
    }

    static let template = "memory/work/templates/timesheet.md"
    static let sheet = "memory/work/timesheets/2027-week-19.md"
    static let work: [String: String] = [
        template:
            "# Timesheet: week of ____\nName: Lena Marsh\nProject code: HX-204\n\n| Day | Start | Finish | Break | Hours |\n|---|---|---|---|---|\n| Mon | | | | |\n| Tue | | | | |\n| Wed | | | | |\n| Thu | | | | |\n| Fri | | | | |\n\nTotal hours:\nSigned off by:\n",
        "memory/work/templates/timesheet-2025.md": "# Timesheet (old format)\nName:\nHours worked:\nManager: Phil Dawes\n",
        "memory/work/timesheets/2027-week-18.md":
            "# Timesheet: week of 3 May 2027\nName: Lena Marsh\nProject code: HX-204\n\n| Day | Start | Finish | Break | Hours |\n|---|---|---|---|---|\n| Mon | bank holiday | | | 0 |\n| Tue | 08:30 | 17:00 | 0:30 | 8 |\n| Wed | 08:30 | 17:00 | 0:30 | 8 |\n| Thu | 09:00 | 17:30 | 0:30 | 8 |\n| Fri | 08:30 | 15:00 | 0:30 | 6 |\n\nTotal hours: 30\nSigned off by: Priya Nair\n",
    ]

    static let oldExport = "memory/phone/contacts-export-2027-03-02.vcf"
    static let phone: [String: String] = [
        oldExport:
            "BEGIN:VCARD\nVERSION:3.0\nFN:Jo Bright\nTEL;TYPE=CELL:07700 900711\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Kofi Mensah\nTEL;TYPE=CELL:07700 900722\nEND:VCARD\n",
        "memory/phone/contacts-export-2027-05-18.vcf":
            "BEGIN:VCARD\nVERSION:3.0\nFN:Jo Bright\nTEL;TYPE=CELL:07700 900711\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Kofi Mensah\nTEL;TYPE=CELL:07700 900722\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Lily Tran\nTEL;TYPE=CELL:07700 900733\nEND:VCARD\n",
        "memory/phone/calendar-export-2027-03-02.ics":
            "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:Dentist\nDTSTART:20270315T093000\nEND:VEVENT\nEND:VCALENDAR\n",
        "memory/phone/new-phone.md": "# New phone\nMoved everything over on 18 May 2027; the May contacts export has everyone\n",
    ]

    static let minutes = """
        # Holloway Road Residents' Association
        Minutes of the meeting on Thursday 6 May 2027, 7.30 pm, Fox and Hounds back room
        Present: 14 households. Apologies: number 22.

        1. Street party. Agreed to hold it on Saturday 10 July 2027, 1 pm to 6 pm, with Sunday 11 July if it rains. Ken Ashby will apply to the council for the road closure by 31 May.
        2. Money. Each household is asked for £8 towards tables, bunting and the bouncy castle; Maureen Pike collects it by 20 June. The kitty holds £146 from last year.
        3. Potholes. Still not fixed; Dev will report them again on the council website.
        4. Next meeting: Thursday 3 June 2027, 7.30 pm, same place.

        """
    static let street: [String: String] = [
        "memory/street/minutes-2027-05.md": minutes,
        "memory/street/minutes-2026-05.md":
            "# Residents' association minutes, 7 May 2026\nStreet party on Saturday 17 July 2026, £6 per household. Next meeting 4 June 2026.\n",
        "memory/street/committee.md": "# Committee\nChair: Maureen Pike\nRoad closure: Ken Ashby\n",
    ]
    static let meetingSummary =
        "- Street party: Saturday 10 July, 1 to 6 pm (Sunday 11 July if it rains)\n- Each household pays £8, to Maureen by 20 June\n- Next meeting: Thursday 3 June, 7.30 pm, Fox and Hounds\n"

    /// The date the lowercased `low` gives first after the first match of `keyword` (else last
    /// before it), nil when there is none: "10 july", "july 10th", "10/07/2027", "2027-07-10".
    static func dateNear(_ low: String, _ keyword: String) -> String? {
        guard let at = low.range(of: keyword, options: .regularExpression) else { return nil }
        let months = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
        let date =
            #"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\#(months)[a-z]*|\b\#(months)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\b(?!\s*(?:am|pm|a\.m|p\.m))|\b\d{4}-\d{1,2}-\d{1,2}\b"#
        return Judge.found(String(low[at.upperBound...]), date).first ?? Judge.found(String(low[..<at.lowerBound]), date).last
    }

    /// Whether `text` sums up the minutes in one to three bullet points (a title line aside), seventy
    /// words at most: the party on 10 July (the rain day aside), £8 a household, the next meeting on
    /// 3 June, each date with what it is for, and no date, amount or year the minutes do not give.
    static func isMeetingSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let bullet = #"^([-*+•]|\d+[.)])\s+"#
        var all = Judge.lines(t)
        if all.count > 1, all[0].hasPrefix("#") || (all[0].hasSuffix(":") && !Judge.has(all[0], bullet)) { all.removeFirst() }
        guard (1...3).contains(all.count), all.allSatisfy({ Judge.has($0, bullet) }) else { return false }
        let low = all.joined(separator: "\n").lowercased()
        let count = low.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
        guard count >= 8, count <= 70 else { return false }
        let money = Judge.amounts(low)
        return money.contains(8) && money.allSatisfy { [8, 146].contains($0) } && Judge.hasDate(low, day: 10, month: 7)
            && Judge.days(low, month: 7).allSatisfy { [10, 11].contains($0) } && Judge.hasDate(low, day: 3, month: 6)
            && Judge.days(low, month: 6).allSatisfy { [3, 20].contains($0) } && Judge.days(low, month: 5).allSatisfy { [6, 31].contains($0) }
            && Judge.found(low, #"\b(20\d{2})\b"#).allSatisfy { $0 == "2027" }
            && (dateNear(low, #"party"#).map { Judge.hasDate($0, day: 10, month: 7) } ?? false)
            && (dateNear(low, #"next meeting|meet(s|ing)? (again|next)|next one"#).map { Judge.hasDate($0, day: 3, month: 6) } ?? false)
    }

    static let picnic: [String: String] = [
        "memory/chats/picnic-chat.txt":
            "[12/06/2027, 18:02] Hannah: Picnic in Roundhay Park on Sunday! Everyone bring one thing 🙂\n[12/06/2027, 18:05] Marcus: I'll bring the sausage rolls\n[12/06/2027, 18:07] Bea: Can't make it this time, sorry! Have fun\n[12/06/2027, 18:09] Olu: Fruit salad from me\n[12/06/2027, 18:15] Hannah: I'm doing the drinks and the blanket\n[12/06/2027, 18:20] Jess: I'll do a dip and some crisps\n[12/06/2027, 19:41] Jess: Actually scrap the dip, I'll bring a quiche instead, crisps still coming\n[12/06/2027, 19:45] Marcus: 👍\n",
        "memory/chats/bbq-chat-2026.txt":
            "[20/07/2026, 10:12] Marcus: I'll bring burgers\n[20/07/2026, 10:15] Olu: Coleslaw from me\n[20/07/2026, 10:31] Bea: Sparklers for later!\n",
        "memory/plans/picnic.md": "# Picnic\nRoundhay Park, Sunday 13 June 2027, by the lake at 12\n",
    ]

    /// Whether `text` lists the four people coming with what each brings (Marcus the sausage rolls,
    /// Olu the fruit salad, Hannah the drinks, Jess the quiche and the crisps), one entry each in any
    /// order, and not Bea, Jess's dip nor last year's barbecue.
    static func isPicnicList(_ text: String?) -> Bool {
        guard let t = text?.replacingOccurrences(of: "\r\n", with: "\n"), !Judge.has(t, #"\bdip\b|\bbea\b|burger|coleslaw|sparkler"#) else {
            return false
        }
        let jess = Judge.items(t).filter { Judge.has($0, #"\bjess\b"#) }
        return Judge.isPairedList(
            t, who: [#"marcus"#, #"\bolu\b"#, #"hannah"#, #"\bjess\b"#], what: [#"sausage"#, #"fruit"#, #"drink"#, #"quiche"#])
            && jess.count == 1 && jess[0].lowercased().contains("crisp")
    }

    static let money: [String: String] = [
        "memory/money/bank/current-account-2027-04.csv": "date,description,amount\n2027-04-01,Rent,-950.00\n2027-04-03,Tesco,-54.20\n",
        "memory/money/bank/current-account-2027-03.csv.bak": "date,description,amount\n2027-03-01,Rent,-950.00\n",
        "memory/money/bank/savings-2027.csv": "month,balance\n2027-01,4200\n2027-02,4350\n",
        "memory/money/bank/statements/2026/current-account-2026-12.csv": "date,description,amount\n2026-12-24,Turkey,-38.50\n",
        "memory/money/budget/budget-2027.csv": "category,monthly\nfood,400\nfuel,120\n",
        "memory/money/budget/budget-2027.md": "# Budget notes\nThe numbers are in the CSV next to this note\n",
        "memory/money/pension/annual-statement-2026.md": "# Pension statement 2026\nPot: £31,420\n",
        "memory/garden/harvest-2026.csv": "crop,kg\ncourgettes,14\nbeans,6\n",
    ]

    /// Whether `text` lists the four CSV files under memory/money (by path, relative path or name),
    /// one entry each in any order, and not the backup, the notes nor the harvest CSV.
    static func isCSVList(_ text: String?) -> Bool {
        Judge.isNamedList(
            text?.replacingOccurrences(of: "\r\n", with: "\n"),
            [#"current-account-2027-04\.csv"#, #"savings-2027\.csv"#, #"budget-2027\.csv"#, #"current-account-2026-12\.csv"#],
            banned: #"\.bak|harvest|budget-2027\.md|pension|annual-statement"#)
    }

    static let running: [String: String] = [
        "memory/running/races-2027.json": """
        {
          "runner": "Alex",
          "races": [
            {"name": "Harewood 10K", "date": "2027-03-14", "distance_km": 10, "time": "52:41", "position": 212},
            {"name": "Leeds Half Marathon", "date": "2027-05-09", "distance_km": 21.1, "time": "1:58:07", "position": 1480},
            {"name": "Temple Newsam parkrun", "date": "2027-05-22", "distance_km": 5, "time": "24:55", "position": 37},
            {"name": "Otley 10", "date": "2027-06-16", "distance_km": 16.1, "time": "1:26:30", "position": 301}
          ]
        }

        """,
        "memory/running/races-2026.json":
            "{\n  \"runner\": \"Alex\",\n  \"races\": [\n    {\"name\": \"Harewood 10K\", \"date\": \"2026-03-15\", \"distance_km\": 10, \"time\": \"55:02\", \"position\": 260}\n  ]\n}\n",
        "memory/running/goals.md": "# Goals 2027\nHalf marathon under 2 hours\n",
    ]
    static let racesCSV =
        "race,date,time\nHarewood 10K,2027-03-14,52:41\nLeeds Half Marathon,2027-05-09,1:58:07\nTemple Newsam parkrun,2027-05-22,24:55\nOtley 10,2027-06-16,1:26:30\n"
    /// Each race (a pattern for its name), its date and its finish time in seconds.
    static let races: [(name: String, day: Int, month: Int, seconds: Int)] = [
        ("harewood", 14, 3, 3161), ("leeds half", 9, 5, 7087), ("temple newsam|parkrun", 22, 5, 1495), ("otley", 16, 6, 5190),
    ]

    /// A finish time ("52:41", "1:58:07", "00:52:41") in seconds, nil when it is not one.
    static func seconds(_ cell: String) -> Int? {
        let parts = cell.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.allSatisfy({ $0 != nil }) else { return nil }
        let n = parts.map { $0! }
        switch n.count {
        case 2: return n[1] < 60 ? n[0] * 60 + n[1] : nil
        case 3: return n[1] < 60 && n[2] < 60 ? n[0] * 3600 + n[1] * 60 + n[2] : nil
        default: return nil
        }
    }

    /// Whether `text` is a CSV of the four races: a header naming the race, the date and the time in
    /// any order, and one row for each race in any order with its own date (another format passes; a
    /// year, if given, 2027) and finish time (with or without hours), nothing else, no other column.
    static func isRacesCSV(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !t.contains("|"), !t.contains("{") else { return false }
        let all = Judge.lines(t)
        guard all.count == races.count + 1 else { return false }
        let header = Judge.csvCells(all[0]).map { $0.lowercased() }
        guard header.count == 3, let r = header.firstIndex(where: { Judge.has($0, #"race|name|event"#) }),
            let d = header.firstIndex(where: { Judge.has($0, #"date|when|day"#) }),
            let tm = header.firstIndex(where: { Judge.has($0, #"time|finish|result"#) }), Set([r, d, tm]).count == 3
        else { return false }
        var left = Array(races.indices)
        for line in all.dropFirst() {
            let c = Judge.csvCells(line).map { $0.lowercased() }
            guard c.count == 3 else { return false }
            let hits = left.filter { Judge.has(c[r], races[$0].name) }
            guard hits.count == 1, let w = hits.first, Judge.hasDate(c[d], day: races[w].day, month: races[w].month),
                Judge.found(c[d], #"\b(\d{4})\b"#).allSatisfy({ $0 == "2027" }), seconds(c[tm]) == races[w].seconds
            else { return false }
            left.removeAll { $0 == w }
        }
        return left.isEmpty
    }

    static let shoppingSkill =
        "---\nname: shopping-list\ndescription: Make the week's shopping list from the meal plan.\n---\nRead outputs/meal-plan.md and memory/kitchen/pantry.md and write what we still need to buy to outputs/shopping-list.md.\n"
    static let meals: [String: String] = [
        "skills/README.md": "Skills go in skills/<name>/SKILL.md, with a name and a description in the front matter.\n",
        "skills/shopping-list/SKILL.md": shoppingSkill,
        "memory/kitchen/pantry.md": "# Pantry\n- red lentils\n- tinned tomatoes\n- pasta\n- rice\n- frozen peas\n",
        "memory/kitchen/recipes/lentil-dal.md": "# Lentil dal\n- red lentils\n- coconut milk\n- curry powder\n",
        "memory/kitchen/recipes/pasta-bake.md": "# Pasta bake\n- pasta\n- tinned tomatoes\n- cheddar\n",
        "memory/kitchen/recipes/egg-fried-rice.md": "# Egg fried rice\n- rice\n- eggs\n- frozen peas\n- soy sauce\n",
    ]
    static let mealSkill =
        "---\nname: meal-plan\ndescription: Plan a week of dinners from the pantry and my recipes.\n---\nRead memory/kitchen/pantry.md and the recipes in memory/kitchen/recipes.\nChoose a dinner for each day from Monday to Sunday, preferring recipes that use what is already in the pantry.\nDon't use the same recipe twice in the week.\nWrite the plan, one line per day, to outputs/meal-plan.md.\n"

    /// Whether `text` is a skill named meal-plan with a description, whose body reads the pantry
    /// list and the recipes folder, plans a dinner for every day of the week (not the weekdays
    /// only) without repeating a recipe, and saves it in outputs/meal-plan.md.
    static func isMealSkill(_ text: String?) -> Bool {
        guard let t = text, let (fields, body) = Judge.skill(t) else { return false }
        let b = body.lowercased()
        let rest = b.replacingOccurrences(of: "outputs/meal-plan.md", with: " ")
        let prose = rest.replacingOccurrences(of: "memory/kitchen/pantry.md", with: " ").replacingOccurrences(
            of: "memory/kitchen/recipes", with: " ")
        return fields["name"] == "meal-plan" && (fields["description"] ?? "").count >= 10 && b.count >= 40
            && b.contains("outputs/meal-plan.md") && rest.contains("memory/kitchen/pantry.md") && rest.contains("memory/kitchen/recipes")
            && Judge.has(prose, #"sunday|\b(7|seven)\s+(days|nights|dinners|meals)|every (day|night)|each (day|night)|whole week|all week"#)
            && !Judge.has(prose, #"\b(5|five)\s+(days|nights|dinners)|weekdays?\b|monday to friday|mon-fri"#)
            && Judge.has(prose, #"different|repeat|twice|more than once|only once|same recipe|unique"#) && Judge.has(prose, #"dinner|meal|supper"#)
    }

    static let spending: [String: String] = [
        "memory/money/spending-2027-05.csv":
            "date,shop,category,amount\n2027-05-01,Tesco,groceries,54.20\n2027-05-02,Shell,fuel,61.75\n2027-05-03,Costa,eating out,7.40\n2027-05-06,Aldi,groceries,38.65\n2027-05-09,Odeon,fun,21.00\n2027-05-12,Tesco,groceries,47.10\n2027-05-15,BP,fuel,58.30\n2027-05-18,Pizza Express,eating out,42.80\n2027-05-24,Aldi,groceries,35.95\n2027-05-29,Waterstones,fun,12.99\n",
        "memory/money/spending-2027-04.csv": "date,shop,category,amount\n2027-04-02,Tesco,groceries,61.30\n2027-04-10,Shell,fuel,57.00\n",
        "memory/money/budget-categories.md": "# Budget per month\n- groceries: £200\n- fuel: £120\n- eating out: £60\n- fun: £40\n",
    ]
    static let categoryScript =
        "import csv\nfrom collections import defaultdict\n\ntotals = defaultdict(float)\nwith open(\"memory/money/spending-2027-05.csv\") as f:\n    for row in csv.DictReader(f):\n        totals[row[\"category\"]] += float(row[\"amount\"])\nfor name, total in sorted(totals.items()):\n    print(f\"{name}: £{total:.2f}\")\n"

    /// Whether `text` is a Python script (a shebang, if any, names Python) that opens May 2027's
    /// spending (not April's), reads the amounts as numbers, keys the totals by the category column
    /// (not the shop), adds the amounts up (not counts them) and prints each category's total,
    /// writing, moving or removing nothing. Comments and a fenced reply do not count; plain strings
    /// (labels) are read apart from the code.
    static func isCategoryScript(_ text: String?) -> Bool {
        guard let script = Judge.readOnlyPython(text, reading: "spending-2027-05.csv", not: "spending-2027-04") else { return false }
        let working = script.code.split(separator: "\n").filter { !$0.contains("print(") }.joined(separator: "\n")
        return script.has(["open(", "read_text(", "read_csv("]) && Judge.has(script.code, #"\bfloat\(|\bDecimal\(|read_csv\("#)
            && Judge.has(working, #"["']category["']|\[\s*2\s*\]|for\s+[^\n:]*\bcategory\b[^\n:]*\bin\s+\w*(reader|rows|lines|csv)"#)
            && Judge.has(script.bare, #"defaultdict|\.get\(|groupby\(|setdefault\(|Counter\(|\bnot in\b"#)
            && Judge.has(script.bare, #"\+=\s*(?!1\b)\S|\.sum\(|\bsum\(|\+\s*(float|Decimal)\("#)
            && Judge.has(script.code, #"\.items\(\)|groupby\(|for\s+\w+\s+in\s+(sorted\()?\w+\)?\s*:\s*\n\s*print\("#)
    }
}
