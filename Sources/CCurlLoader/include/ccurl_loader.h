#ifndef CCURL_LOADER_H
#define CCURL_LOADER_H

#include <stddef.h>

/* One HTTP exchange through libcurl, which is loaded with dlopen on first use
   so that programs linking this never load libcurl and its dependencies
   unless they make a request. */

typedef enum {
    ECSL_HTTP_OK = 0,
    ECSL_HTTP_NO_LIBCURL = 1,
    ECSL_HTTP_CANNOT_CONNECT = 2,
    ECSL_HTTP_TIMED_OUT = 3,
    ECSL_HTTP_FAILED = 4
} ecsl_http_outcome;

typedef struct {
    long status;
    unsigned char *body;
    size_t body_length;
    char *headers; /* the raw header lines of the final response, CRLF separated */
    size_t headers_length;
    char error[512];
    /* Set by the caller before ecsl_http_perform: the largest body read (0: no
       limit). A larger body fails the request with ECSL_HTTP_FAILED. */
    size_t body_limit;
} ecsl_http_response;

/* Performs a request. `headers` holds `Name: value` lines. `ca_bundle`, when
   not NULL, is a PEM file of the certificate authorities to trust instead of
   the system's (CURLOPT_CAINFO: AWS_CA_BUNDLE, a profile's ca_bundle). Returns
   an ecsl_http_outcome; on ECSL_HTTP_OK, `response` holds the status, headers
   and body, which ecsl_http_response_free releases (also after a failure). */
int ecsl_http_perform(const char *method, const char *url, const char *const *headers, size_t header_count,
                      const unsigned char *body, size_t body_length, long connect_timeout_ms, long timeout_ms,
                      const char *ca_bundle, ecsl_http_response *response);

void ecsl_http_response_free(ecsl_http_response *response);

#endif
