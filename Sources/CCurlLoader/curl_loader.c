#include "ccurl_loader.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The few libcurl symbols and option numbers used; these are part of
   libcurl's stable ABI (curl/curl.h). */
typedef void CURL;
struct curl_slist;
typedef int CURLcode;

enum {
    OPT_WRITEDATA = 10001,
    OPT_URL = 10002,
    OPT_ERRORBUFFER = 10010,
    OPT_POSTFIELDS = 10015,
    OPT_HTTPHEADER = 10023,
    OPT_HEADERDATA = 10029,
    OPT_CUSTOMREQUEST = 10036,
    OPT_CAINFO = 10065,
    OPT_WRITEFUNCTION = 20011,
    OPT_HEADERFUNCTION = 20079,
    OPT_POSTFIELDSIZE_LARGE = 30120,
    OPT_NOBODY = 44,
    OPT_POST = 47,
    OPT_HTTPGET = 80,
    OPT_NOSIGNAL = 99,
    OPT_TIMEOUT_MS = 155,
    OPT_CONNECTTIMEOUT_MS = 156,
    INFO_RESPONSE_CODE = 0x200002,
    E_COULDNT_RESOLVE_PROXY = 5,
    E_COULDNT_RESOLVE_HOST = 6,
    E_COULDNT_CONNECT = 7,
    E_OPERATION_TIMEDOUT = 28
};

static struct {
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *, int, ...);
    CURLcode (*easy_perform)(CURL *);
    void (*easy_cleanup)(CURL *);
    CURLcode (*easy_getinfo)(CURL *, int, ...);
    const char *(*easy_strerror)(CURLcode);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
    CURLcode (*global_init)(long);
    int loaded;
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;

static void load_libcurl(void) {
    const char *names[] = {"libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.so", "libcurl.4.dylib", NULL};
    void *library = NULL;
    for (int index = 0; names[index] != NULL && library == NULL; index++) {
        library = dlopen(names[index], RTLD_NOW | RTLD_LOCAL);
    }
    if (library == NULL) return;
    *(void **)&curl.easy_init = dlsym(library, "curl_easy_init");
    *(void **)&curl.easy_setopt = dlsym(library, "curl_easy_setopt");
    *(void **)&curl.easy_perform = dlsym(library, "curl_easy_perform");
    *(void **)&curl.easy_cleanup = dlsym(library, "curl_easy_cleanup");
    *(void **)&curl.easy_getinfo = dlsym(library, "curl_easy_getinfo");
    *(void **)&curl.easy_strerror = dlsym(library, "curl_easy_strerror");
    *(void **)&curl.slist_append = dlsym(library, "curl_slist_append");
    *(void **)&curl.slist_free_all = dlsym(library, "curl_slist_free_all");
    *(void **)&curl.global_init = dlsym(library, "curl_global_init");
    if (curl.easy_init && curl.easy_setopt && curl.easy_perform && curl.easy_cleanup && curl.easy_getinfo &&
        curl.easy_strerror && curl.slist_append && curl.slist_free_all && curl.global_init) {
        curl.global_init(3 /* CURL_GLOBAL_ALL */);
        curl.loaded = 1;
    }
}

typedef struct {
    unsigned char *data;
    size_t length;
    size_t capacity;
    size_t limit;  /* 0: none */
    int over_limit;
} buffer;

/* Response headers are never legitimately this large. */
#define ECSL_HEADER_LIMIT ((size_t)256 * 1024)

static int buffer_append(buffer *target, const void *bytes, size_t count) {
    if (target->limit && (count > target->limit || target->length > target->limit - count)) {
        target->over_limit = 1;
        return 0;
    }
    if (target->length + count + 1 > target->capacity) {
        size_t capacity = target->capacity ? target->capacity : 4096;
        while (capacity < target->length + count + 1) capacity *= 2;
        unsigned char *grown = realloc(target->data, capacity);
        if (grown == NULL) return 0;
        target->data = grown;
        target->capacity = capacity;
    }
    memcpy(target->data + target->length, bytes, count);
    target->length += count;
    target->data[target->length] = 0;
    return 1;
}

static size_t on_body(char *bytes, size_t size, size_t count, void *context) {
    return buffer_append(context, bytes, size * count) ? size * count : 0;
}

static size_t on_header(char *bytes, size_t size, size_t count, void *context) {
    buffer *headers = context;
    size_t length = size * count;
    /* A new status line (after 100 Continue or a redirect) starts over. */
    if (length >= 5 && memcmp(bytes, "HTTP/", 5) == 0) headers->length = 0;
    return buffer_append(headers, bytes, length) ? length : 0;
}

int ecsl_http_perform(const char *method, const char *url, const char *const *headers, size_t header_count,
                      const unsigned char *body, size_t body_length, long connect_timeout_ms, long timeout_ms,
                      const char *ca_bundle, ecsl_http_response *response) {
    size_t body_limit = response->body_limit;
    memset(response, 0, sizeof(*response));
    response->body_limit = body_limit;
    pthread_once(&load_once, load_libcurl);
    if (!curl.loaded) {
        snprintf(response->error, sizeof(response->error),
                 "libcurl (libcurl.so.4) could not be loaded; install it (Debian: apt-get install libcurl4)");
        return ECSL_HTTP_NO_LIBCURL;
    }
    CURL *handle = curl.easy_init();
    if (handle == NULL) {
        snprintf(response->error, sizeof(response->error), "libcurl could not create a request");
        return ECSL_HTTP_FAILED;
    }
    char error_buffer[256] = {0};
    buffer received_body = {0};
    buffer received_headers = {0};
    received_body.limit = body_limit;
    received_headers.limit = ECSL_HEADER_LIMIT;
    struct curl_slist *list = NULL;
    int has_content_type = 0;
    for (size_t index = 0; index < header_count; index++) {
        if (strncasecmp(headers[index], "content-type:", 13) == 0) has_content_type = 1;
        list = curl.slist_append(list, headers[index]);
    }
    /* No implicit form content type, and no Expect: 100-continue round trip. */
    if (!has_content_type) list = curl.slist_append(list, "Content-Type:");
    list = curl.slist_append(list, "Expect:");
    list = curl.slist_append(list, "Accept:");

    curl.easy_setopt(handle, OPT_URL, url);
    curl.easy_setopt(handle, OPT_NOSIGNAL, 1L);
    curl.easy_setopt(handle, OPT_ERRORBUFFER, error_buffer);
    curl.easy_setopt(handle, OPT_CONNECTTIMEOUT_MS, connect_timeout_ms);
    curl.easy_setopt(handle, OPT_TIMEOUT_MS, timeout_ms);
    curl.easy_setopt(handle, OPT_HTTPHEADER, list);
    curl.easy_setopt(handle, OPT_WRITEFUNCTION, on_body);
    curl.easy_setopt(handle, OPT_WRITEDATA, &received_body);
    curl.easy_setopt(handle, OPT_HEADERFUNCTION, on_header);
    curl.easy_setopt(handle, OPT_HEADERDATA, &received_headers);
    if (ca_bundle != NULL) curl.easy_setopt(handle, OPT_CAINFO, ca_bundle);
    if (strcmp(method, "GET") == 0 && body_length == 0) {
        curl.easy_setopt(handle, OPT_HTTPGET, 1L);
    } else if (strcmp(method, "HEAD") == 0) {
        curl.easy_setopt(handle, OPT_NOBODY, 1L);
    } else {
        curl.easy_setopt(handle, OPT_POST, 1L);
        curl.easy_setopt(handle, OPT_POSTFIELDS, body_length ? (const char *)body : "");
        curl.easy_setopt(handle, OPT_POSTFIELDSIZE_LARGE, (long long)body_length);
        if (strcmp(method, "POST") != 0) curl.easy_setopt(handle, OPT_CUSTOMREQUEST, method);
    }
    CURLcode code = curl.easy_perform(handle);
    int outcome = ECSL_HTTP_OK;
    if (code != 0) {
        const char *reason = error_buffer[0] ? error_buffer : curl.easy_strerror(code);
        if (received_body.over_limit) {
            snprintf(response->error, sizeof(response->error),
                     "the answer is larger than %zu bytes; stopped reading it", body_limit);
        } else if (received_headers.over_limit) {
            snprintf(response->error, sizeof(response->error), "the answer's headers are larger than %zu bytes",
                     (size_t)ECSL_HEADER_LIMIT);
        } else {
            snprintf(response->error, sizeof(response->error), "%s", reason);
        }
        if (code == E_OPERATION_TIMEDOUT) {
            outcome = ECSL_HTTP_TIMED_OUT;
        } else if (code == E_COULDNT_CONNECT || code == E_COULDNT_RESOLVE_HOST || code == E_COULDNT_RESOLVE_PROXY) {
            outcome = ECSL_HTTP_CANNOT_CONNECT;
        } else {
            outcome = ECSL_HTTP_FAILED;
        }
        free(received_body.data);
        free(received_headers.data);
    } else {
        long status = 0;
        curl.easy_getinfo(handle, INFO_RESPONSE_CODE, &status);
        response->status = status;
        response->body = received_body.data;
        response->body_length = received_body.length;
        response->headers = (char *)received_headers.data;
        response->headers_length = received_headers.length;
    }
    curl.slist_free_all(list);
    curl.easy_cleanup(handle);
    return outcome;
}

void ecsl_http_response_free(ecsl_http_response *response) {
    free(response->body);
    free(response->headers);
    response->body = NULL;
    response->headers = NULL;
}
