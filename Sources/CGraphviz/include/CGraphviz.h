// The C seam between Swift and libgvc (cgraph + gvc). Swift calls libgvc directly where it can;
// what it cannot call is declared here, each with its reason. The logic lives in cgraphviz.c.
#ifndef PARTNERSCOPE_CGRAPHVIZ_H
#define PARTNERSCOPE_CGRAPHVIZ_H

#include <gvc.h>
#include <cgraph.h>
#include <stdlib.h>
#include <sys/types.h>
#include <sys/wait.h>

// Parses DOT text (not NUL-terminated; `length` bytes) into a graph whose named objects get IDs
// in creation order, so cgraph's ordering of subgraphs, hence dot's cluster layout and the SVG,
// is the same on every render (cgraph's default ID is the address of the interned name, which
// malloc makes vary). NULL when the text does not parse or memory runs out; Graphviz's message
// then went to the error callback. Release with agclose.
Agraph_t *cgv_read(const char *text, size_t length);

// In the layout helper process: asks the kernel to kill this process when `parent` dies
// (Linux's PR_SET_PDEATHSIG; prctl is variadic, which Swift cannot call), and caps its CPU time
// at `cpu_seconds` (setrlimit takes a platform-specific enum), so that it can never outlive the
// program that asked for the layout. Returns 0, or -1 when `parent` has already gone.
int cgv_bind_to_parent(pid_t parent, unsigned long cpu_seconds);

// sfdp draws its initial positions from the C library's rand(): reseeding before each layout is
// the only way to make it repeat (measured on Graphviz 2.42/2.43).
static inline void cgv_seed(unsigned int seed) { srand(seed); }

// The size (in points) the drawing is scaled down to fit when rendered; GD_drawing is a macro
// over libgvc's private graph record. (0, 0) when none is set. Set it between renders of one
// layout to bound a bitmap without changing the layout or the other formats.
static inline pointf cgv_drawing_size(Agraph_t *g) { return GD_drawing(g)->size; }
static inline void cgv_set_drawing_size(Agraph_t *g, pointf size) { GD_drawing(g)->size = size; }

// WIFEXITED / WEXITSTATUS / WIFSIGNALED / WTERMSIG are macros.
static inline int cgv_exit_status(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : -1; }
static inline int cgv_signal(int status) { return WIFSIGNALED(status) ? WTERMSIG(status) : 0; }

#endif
