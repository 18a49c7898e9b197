// The one C header Swift sees for Graphviz. Each wrapper says why it exists; everything else
// (agopen, agnode, gvLayout, gvRenderData...) is called directly from GraphvizRender.
#ifndef PARTNERSCOPE_CGRAPHVIZ_SHIM_H
#define PARTNERSCOPE_CGRAPHVIZ_SHIM_H

#include <gvc.h>
#include <cgraph.h>
#include <stdlib.h>
#include <unistd.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>

// Agdirected / Agundirected are mutable globals, which Swift 6 rejects as shared mutable state.
static inline Agraph_t *cgv_open(const char *name, int directed) {
    return agopen((char *)name, directed ? Agdirected : Agundirected, NULL);
}

// agnode / agedge / agsubg / agattr / agxset / agstrdup_html take `char *` although they do not
// write through it; these wrappers take `const char *` so Swift strings pass without copies.
static inline Agnode_t *cgv_node(Agraph_t *g, const char *name) {
    return agnode(g, (char *)name, 1);
}
static inline Agedge_t *cgv_edge(Agraph_t *g, Agnode_t *t, Agnode_t *h, const char *key) {
    return agedge(g, t, h, (char *)key, 1);
}
static inline Agraph_t *cgv_subgraph(Agraph_t *g, const char *name) {
    return agsubg(g, (char *)name, 1);
}
// Binds a node into a subgraph (agsubnode's create flag is an int that Swift would spell as 1).
static inline Agnode_t *cgv_subnode(Agraph_t *sub, Agnode_t *n) {
    return agsubnode(sub, n, 1);
}
// kind: 0 graph, 1 node, 2 edge (AGRAPH, AGNODE, AGEDGE are macros with casts Swift cannot import).
static inline Agsym_t *cgv_declare(Agraph_t *g, int kind, const char *name, const char *dflt) {
    int k = kind == 0 ? AGRAPH : kind == 1 ? AGNODE : AGEDGE;
    return agattr(g, k, (char *)name, (char *)dflt);
}
static inline int cgv_set(void *obj, Agsym_t *sym, const char *value) {
    return agxset(obj, sym, (char *)value);
}
// An HTML-like value must be interned with agstrdup_html, set with agxset_html-equivalent
// semantics, and released with agstrfree: cgraph keeps its own reference when it is stored.
static inline int cgv_set_html(Agraph_t *g, void *obj, Agsym_t *sym, const char *value) {
    char *s = agstrdup_html(g, (char *)value);
    int rc = agxset(obj, sym, s);
    agstrfree(g, s);
    return rc;
}
static inline int cgv_declare_html(Agraph_t *g, int kind, const char *name, const char *value,
                                   Agsym_t **out) {
    int k = kind == 0 ? AGRAPH : kind == 1 ? AGNODE : AGEDGE;
    char *s = agstrdup_html(g, (char *)value);
    *out = agattr(g, k, (char *)name, s);
    agstrfree(g, s);
    return *out ? 0 : -1;
}

// sfdp draws its initial positions from the C library's rand(): reseeding before each layout is
// the only way to make it repeat (measured on Graphviz 2.42/2.43).
static inline void cgv_seed(unsigned int seed) { srand(seed); }

// fork() is marked unavailable to Swift on some platforms; the layout watchdog needs it.
static inline pid_t cgv_fork(void) { return fork(); }
static inline void cgv_exit_child(int status) { _exit(status); }
static inline int cgv_kill(pid_t pid) { return kill(pid, SIGKILL); }
// WIFEXITED / WEXITSTATUS / WIFSIGNALED are macros.
static inline int cgv_exited(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : -1; }
static inline int cgv_signalled(int status) { return WIFSIGNALED(status) ? WTERMSIG(status) : 0; }

#endif
