/*
 * paths.h - where the programs find their own files: the bundled data
 * (gazetteers/, models/, articles/), the search page's files (web/) and
 * the CGI program `dealsearch serve` runs.
 *
 * Contract:
 *   - Two places are compiled in (meson, common/meson.build): the source
 *     and build trees the program was built from, and where `meson
 *     install` puts the files under the configured prefix:
 *         <datadir>/dealsearch/{gazetteers,models,articles,web}
 *         <libexecdir>/dealsearch/dealsearch.cgi
 *   - Which place: a program whose executable (/proc/self/exe) lies inside
 *     the build folder it was built in uses the trees' copies
 *     (<source>/corpus, <source>/web); every other one uses the installed
 *     files: an installed program, or a build tree moved or removed after
 *     the build, never reads the source tree while its installed files are
 *     there.  A prefix inside the build folder (`--prefix $PWD/build/inst`)
 *     counts as installed for the programs below it.
 *   - Only a program outside its build tree with nothing installed (a copy
 *     of the built programs in another folder) falls back to the trees'
 *     copies, folder by folder, where they still exist.
 *   - $DEALSEARCH_DATA replaces the data folder and $DEALSEARCH_WEB the web
 *     folder, in either place.  Beyond that fallback nothing checks that a
 *     folder exists: the caller's open says what is missing, naming the
 *     path.
 *   - Each function returns a static string, rewritten by its next call;
 *     not thread-safe.  No allocation, no error: a path too long for
 *     PATH_MAX is cut (and then fails to open).
 *   - Depends on nothing but libc.
 */
#ifndef DS_PATHS_H
#define DS_PATHS_H

/* The bundled data: $DEALSEARCH_DATA, else <source>/corpus from the build
 * tree, else <datadir>/dealsearch (above).  Holds gazetteers/, models/
 * and the sample articles/. */
const char *paths_data_dir(void);

/* The search page's files (static/ inside): $DEALSEARCH_WEB, else
 * <source>/web from the build tree, else <datadir>/dealsearch/web. */
const char *paths_web_dir(void);

/* The CGI program: dealsearch.cgi beside this program if there is one
 * (the build tree, or both copied to one folder), else
 * <libexecdir>/dealsearch/dealsearch.cgi. */
const char *paths_cgi(void);

#endif
