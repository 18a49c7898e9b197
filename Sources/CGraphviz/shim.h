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

// An ID discipline that numbers objects in creation order. cgraph orders subgraphs by their
// ID, and its default ID for a named object is the address of its interned name, so with malloc
// the order of clusters (and so dot's cluster layout and the SVG) changed from one render to the
// next in one process. Here a named object's ID is the address of its name in one reserved
// mapping filled front to back, so IDs grow in creation order, every time; names are looked up
// in a small open-addressing table; anonymous objects get odd numbers as in cgraph's own
// discipline. Everything is released by idclose when the root graph is closed.
typedef struct {
    char *base; size_t used, size;   // names, NUL-terminated, 2-byte aligned (IDs must be even)
    char **slots; size_t capacity, count;
    IDTYPE anonymous;
} cgv_ids;
static size_t cgv_hash(const char *s) {
    size_t h = 1469598103934665603ULL;
    for (; *s; s++) { h ^= (unsigned char)*s; h *= 1099511628211ULL; }
    return h;
}
static char **cgv_ids_slot(cgv_ids *t, const char *name) {
    size_t i = cgv_hash(name) & (t->capacity - 1);
    while (t->slots[i] && strcmp(t->slots[i], name) != 0) i = (i + 1) & (t->capacity - 1);
    return &t->slots[i];
}
static void *cgv_ids_open(Agraph_t *g, Agdisc_t *disc) {
    (void)g; (void)disc;
    cgv_ids *t = (cgv_ids *)calloc(1, sizeof(cgv_ids));
    if (!t) return NULL;
    t->size = (size_t)1 << 34;  // 16 GiB of address space, reserved, not committed
    void *p = mmap(NULL, t->size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) { free(t); return NULL; }
    t->base = (char *)p;
    t->capacity = 1024;
    t->slots = (char **)calloc(t->capacity, sizeof(char *));
    if (!t->slots) { munmap(t->base, t->size); free(t); return NULL; }
    t->anonymous = 1;
    return t;
}
static long cgv_ids_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    (void)objtype;
    cgv_ids *t = (cgv_ids *)state;
    if (!str) { *id = t->anonymous; t->anonymous += 2; return 1; }
    char **slot = cgv_ids_slot(t, str);
    if (*slot) { *id = (IDTYPE)*slot; return 1; }
    if (!createflag) { *id = 0; return 1; }  // as cgraph's own: not found, no object has ID 0
    size_t length = strlen(str) + 1, need = (length + 1) & ~(size_t)1;
    if (need > t->size - t->used) return 0;
    if (2 * (t->count + 1) > t->capacity) {  // grow the table, keeping load under one half
        size_t old = t->capacity;
        char **slots = t->slots;
        t->capacity *= 2;
        t->slots = (char **)calloc(t->capacity, sizeof(char *));
        if (!t->slots) { t->slots = slots; t->capacity = old; return 0; }
        for (size_t i = 0; i < old; i++) if (slots[i]) *cgv_ids_slot(t, slots[i]) = slots[i];
        free(slots);
        slot = cgv_ids_slot(t, str);
    }
    char *copy = t->base + t->used;
    memcpy(copy, str, length);
    t->used += need;
    *slot = copy;
    t->count++;
    *id = (IDTYPE)copy;
    return 1;
}
static long cgv_ids_alloc(void *state, int objtype, IDTYPE request) { (void)state; (void)objtype; (void)request; return 0; }
static void cgv_ids_free(void *state, int objtype, IDTYPE id) { (void)state; (void)objtype; (void)id; }
static char *cgv_ids_print(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype;
    return id % 2 == 0 ? (char *)id : NULL;
}
static void cgv_ids_close(void *state) {
    cgv_ids *t = (cgv_ids *)state;
    if (!t) return;
    munmap(t->base, t->size);
    free(t->slots);
    free(t);
}
static void cgv_ids_register(void *state, int objtype, void *obj) { (void)state; (void)objtype; (void)obj; }
static Agiddisc_t cgv_ids_disc = {
    cgv_ids_open, cgv_ids_map, cgv_ids_alloc, cgv_ids_free, cgv_ids_print, cgv_ids_close, cgv_ids_register
};

// Agdirected / Agundirected are mutable globals, which Swift 6 rejects as shared mutable state.
// The graph gets the ID discipline above and cgraph's own memory and I/O disciplines.
static inline Agraph_t *cgv_open(const char *name, int directed) {
    static Agdisc_t disc;
    disc.mem = &AgMemDisc;
    disc.id = &cgv_ids_disc;
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
