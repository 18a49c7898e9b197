// libgvc as installed (pkg-config libgvc puts its folder, e.g. /usr/include/graphviz, on the path).
#include <gvc.h>
#include <cgraph.h>
