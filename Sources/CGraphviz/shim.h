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
#include <sys/mman.h>
#include <string.h>

// A bump allocator for one graph's cgraph memory: one reserved mapping, addresses increasing in
// allocation order, freed at once by agclose. cgraph orders subgraphs by their ID, which is the
// address of their interned name, so with malloc the order of clusters (and dot's cluster
// layout) changed from one render to the next in the same process. With this arena it is the
// order of creation, every time, as in a fresh `dot` process.
typedef struct { char *base; size_t used, size; } cgv_arena;
static void *cgv_arena_open(Agdisc_t *disc) {
    (void)disc;
    cgv_arena *a = (cgv_arena *)calloc(1, sizeof(cgv_arena));
    if (!a) return NULL;
    a->size = (size_t)1 << 35;  // 32 GiB of address space, reserved, not committed
    void *p = mmap(NULL, a->size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) { free(a); return NULL; }
    a->base = (char *)p;
    return a;
}
static void *cgv_arena_alloc(void *state, size_t req) {
    cgv_arena *a = (cgv_arena *)state;
    size_t size = (req + 15) & ~(size_t)15;
    if (!a || size > a->size - a->used) return NULL;
    void *p = a->base + a->used;  // fresh pages are zero, as cgraph expects
    a->used += size;
    return p;
}
static void *cgv_arena_resize(void *state, void *ptr, size_t old, size_t req) {
    void *p = cgv_arena_alloc(state, req);
    if (p && ptr) memcpy(p, ptr, old < req ? old : req);
    return p;
}
static void cgv_arena_free(void *state, void *ptr) { (void)state; (void)ptr; }
static void cgv_arena_close(void *state) {
    cgv_arena *a = (cgv_arena *)state;
    if (!a) return;
    munmap(a->base, a->size);
    free(a);
}
static Agmemdisc_t cgv_arena_disc = {
    cgv_arena_open, cgv_arena_alloc, cgv_arena_resize, cgv_arena_free, cgv_arena_close
};

// Agdirected / Agundirected are mutable globals, which Swift 6 rejects as shared mutable state.
// The graph gets the arena above for its memory and cgraph's own ID and I/O disciplines.
static inline Agraph_t *cgv_open(const char *name, int directed) {
    static Agdisc_t disc;
    disc.mem = &cgv_arena_disc;
    disc.id = &AgIdDisc;
    disc.io = &AgIoDisc;
    return agopen((char *)name, directed ? Agdirected : Agundirected, &disc);
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
