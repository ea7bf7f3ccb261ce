#ifndef STEWARD_CLIBGIT2_SHIM_H
#define STEWARD_CLIBGIT2_SHIM_H

#include <git2.h>

/* git_libgit2_opts is variadic, which Swift cannot call: one wrapper per option we use. */

/** Point libgit2's global, XDG, system and program-data config search paths at an empty
    string so a person's ~/.gitconfig never changes Steward's behaviour. */
static inline int steward_git_isolate_config(void) {
    int levels[] = { GIT_CONFIG_LEVEL_SYSTEM, GIT_CONFIG_LEVEL_XDG, GIT_CONFIG_LEVEL_GLOBAL, GIT_CONFIG_LEVEL_PROGRAMDATA };
    for (unsigned i = 0; i < sizeof(levels) / sizeof(levels[0]); i++) {
        int rc = git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, levels[i], "");
        if (rc != 0) return rc;
    }
    return 0;
}

/** Strict object creation makes every tree write re-check that each entry exists (O(tree)).
    Steward only writes objects it has just created or read, so it turns the check off. */
static inline int steward_git_set_strict_object_creation(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, enabled);
}

static inline int steward_git_set_fsync(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, enabled);
}

#endif
