#include "CGraphviz.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

// MARK: - An ID discipline that numbers named objects in creation order

// Named object k (k = 0, 1, ...) gets ID 2(k + 1); anonymous objects (edges) get odd numbers, as
// in cgraph's own discipline. Names are interned in the graph's string dictionary (agstrdup: the
// writers of plain and DOT output read a flag in the header agstrdup puts before the text, so a
// name from plain malloc printed as <HTML> at random) and found through an open-addressing table
// of indices (load under one half). Every allocation is checked: a failure makes the cgraph
// call that asked for an ID return NULL, which the caller reports; nothing is reserved up front
// (an earlier version reserved 16 GiB of address space, which failed under `ulimit -v`).
typedef struct {
    Agraph_t *graph;                // the root graph, whose string dictionary holds the names
    char **names;                   // names[k] is the name of the object with ID 2(k + 1)
    size_t count, names_capacity;
    size_t *slots;                  // 0 empty, else k + 1
    size_t capacity;                // a power of two
    IDTYPE anonymous;
} cgv_ids;

// Returned by open when even the table cannot be allocated: cgraph does not check open's result,
// so the state must exist; every request on it fails.
static cgv_ids cgv_ids_exhausted;

static size_t cgv_hash(const char *s) {
    size_t h = (size_t)1469598103934665603ULL;
    for (; *s; s++) { h ^= (unsigned char)*s; h *= (size_t)1099511628211ULL; }
    return h;
}

static size_t *cgv_ids_slot(cgv_ids *t, const char *name) {
    size_t i = cgv_hash(name) & (t->capacity - 1);
    while (t->slots[i] && strcmp(t->names[t->slots[i] - 1], name) != 0) i = (i + 1) & (t->capacity - 1);
    return &t->slots[i];
}

static void *cgv_ids_open(Agraph_t *g, Agdisc_t *disc) {
    (void)disc;
    cgv_ids *t = calloc(1, sizeof(cgv_ids));
    if (!t) return &cgv_ids_exhausted;
    t->graph = g;
    t->capacity = 1024;
    t->slots = calloc(t->capacity, sizeof(size_t));
    if (!t->slots) { free(t); return &cgv_ids_exhausted; }
    t->anonymous = 1;
    return t;
}

// Doubles the slot table. 0 when memory runs out (the table is then unchanged).
static int cgv_ids_grow(cgv_ids *t) {
    size_t old = t->capacity, *slots = t->slots;
    size_t *grown = calloc(2 * old, sizeof(size_t));
    if (!grown) return 0;
    t->slots = grown;
    t->capacity = 2 * old;
    for (size_t i = 0; i < old; i++) if (slots[i]) *cgv_ids_slot(t, t->names[slots[i] - 1]) = slots[i];
    free(slots);
    return 1;
}

static long cgv_ids_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    (void)objtype;
    cgv_ids *t = state;
    if (t == &cgv_ids_exhausted) return 0;
    if (!str) { *id = t->anonymous; t->anonymous += 2; return 1; }
    size_t *slot = cgv_ids_slot(t, str);
    if (*slot) { *id = (IDTYPE)(2 * *slot); return 1; }
    if (!createflag) { *id = 0; return 1; }  // as cgraph's own: not found, and no object has ID 0
    if (2 * (t->count + 1) > t->capacity) {
        if (!cgv_ids_grow(t)) return 0;
        slot = cgv_ids_slot(t, str);
    }
    if (t->count == t->names_capacity) {
        size_t capacity = t->names_capacity ? 2 * t->names_capacity : 256;
        char **names = realloc(t->names, capacity * sizeof(char *));
        if (!names) return 0;
        t->names = names;
        t->names_capacity = capacity;
    }
    char *copy = agstrdup(t->graph, str);
    if (!copy) return 0;
    t->names[t->count++] = copy;
    *slot = t->count;
    *id = (IDTYPE)(2 * t->count);
    return 1;
}

static long cgv_ids_alloc(void *state, int objtype, IDTYPE request) { (void)state; (void)objtype; (void)request; return 0; }
static void cgv_ids_free(void *state, int objtype, IDTYPE id) { (void)state; (void)objtype; (void)id; }

static char *cgv_ids_print(void *state, int objtype, IDTYPE id) {
    (void)objtype;
    cgv_ids *t = state;
    if (id % 2 != 0 || id == 0 || id / 2 > t->count) return NULL;
    return t->names[id / 2 - 1];
}

static void cgv_ids_close(void *state) {
    cgv_ids *t = state;
    if (!t || t == &cgv_ids_exhausted) return;
    free(t->names);  // the names themselves go with the graph's string dictionary, closed next
    free(t->slots);
    free(t);
}

static void cgv_ids_register(void *state, int objtype, void *obj) { (void)state; (void)objtype; (void)obj; }

static Agiddisc_t cgv_ids_disc = {
    cgv_ids_open, cgv_ids_map, cgv_ids_alloc, cgv_ids_free, cgv_ids_print, cgv_ids_close, cgv_ids_register
};

// MARK: - Reading DOT text from memory

typedef struct { const char *data; size_t length, offset; } cgv_reader;

// One line (or `size` bytes) per call, as libcgraph's own agmemread does.
static int cgv_reader_read(void *channel, char *buffer, int size) {
    cgv_reader *r = channel;
    if (size <= 0 || r->offset >= r->length) return 0;
    int n = 0;
    char c;
    do {
        c = r->data[r->offset + (size_t)n];
        buffer[n++] = c;
    } while (c != '\n' && n < size && r->offset + (size_t)n < r->length);
    r->offset += (size_t)n;
    return n;
}

Agraph_t *cgv_read(const char *text, size_t length) {
    // The graph keeps pointers to its disciplines (not copies), so they must outlive it.
    static Agiodisc_t io;
    static Agdisc_t disc;
    io.afread = cgv_reader_read;
    io.putstr = AgIoDisc.putstr;
    io.flush = AgIoDisc.flush;
    disc.mem = &AgMemDisc;
    disc.id = &cgv_ids_disc;
    disc.io = &io;
    cgv_reader reader = { text, length, 0 };
    return agread(&reader, &disc);
}

// MARK: - The layout helper's tie to its parent

int cgv_bind_to_parent(pid_t parent, unsigned long cpu_seconds) {
#ifdef __linux__
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) return -1;
#endif
    struct rlimit limit;
    if (getrlimit(RLIMIT_CPU, &limit) == 0) {
        rlim_t wanted = (rlim_t)cpu_seconds;
        if (limit.rlim_max != RLIM_INFINITY && limit.rlim_max < wanted) wanted = limit.rlim_max;
        if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur > wanted) {
            limit.rlim_cur = wanted;
            (void)setrlimit(RLIMIT_CPU, &limit);
        }
    }
    // The parent may have died before the request took hold; we were then adopted by another.
    return getppid() == parent ? 0 : -1;
}
