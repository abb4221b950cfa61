/* Debian's libxml2 headers pull in the system ICU, whose types clash with the
   private ICU inside Foundation. Read the feature switches first, turn ICU off,
   then include only what ecslint uses. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
