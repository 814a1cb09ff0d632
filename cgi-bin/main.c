/* main.c - lmsd: the master, its preforked workers and the FastCGI accept loop. */
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <fcgiapp.h>
#include <libxslt/xsltutils.h>

#include "conf.h"
#include "db.h"
#include "i18n.h"
#include "pw.h"
#include "render.h"
#include "route.h"
#include "xml.h"

#define MAX_WORKERS	256
#define ARENA_SIZE	(256 * 1024)

static volatile sig_atomic_t	stopping, reloading;
static struct conf		cf;
static struct req_limits	lim;

static void
on_signal(int sig)
{
	if (sig == SIGHUP)
		reloading = 1;
	else
		stopping = 1;
}

/* No SA_RESTART: a signal must break a worker out of accept(). */
static void
signals_install(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
}

static long long
now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* The response stream: headers go out just before the first body byte,
 * so a page that fails to render can still become a clean 500. */
struct out {
	FCGX_Request	*fr;
	struct ctx	*c;
	int		 status;
	const char	*ctype;
	int		 started;
	int		 head;
};

static const char *
status_text(int s)
{
	switch (s) {
	case 200: return "OK";
	case 303: return "See Other";
	case 400: return "Bad Request";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 409: return "Conflict";
	case 410: return "Gone";
	case 413: return "Payload Too Large";
	case 415: return "Unsupported Media Type";
	case 503: return "Service Unavailable";
	default: return "Internal Server Error";
	}
}

static void
headers_send(struct out *o)
{
	FCGX_Stream	*s = o->fr->out;
	int		 i;

	o->started = 1;
	FCGX_FPrintF(s, "Status: %d %s\r\n", o->status, status_text(o->status));
	if (o->status == 303)
		FCGX_FPrintF(s, "Location: %s\r\n", o->c->location);
	if (o->status == 405)
		FCGX_PutS("Allow: GET, HEAD, POST\r\n", s);
	for (i = 0; i < o->c->ncookies; i++)
		FCGX_FPrintF(s, "Set-Cookie: %s\r\n", o->c->cookies[i]);
	FCGX_FPrintF(s, "Content-Type: %s\r\n", o->ctype);
	if (o->c->filename != NULL)
		FCGX_FPrintF(s, "Content-Disposition: attachment; "
		    "filename=\"%s\"\r\n", o->c->filename);
	FCGX_PutS("Content-Security-Policy: default-src 'self'; "
	    "script-src 'self'; style-src 'self'; img-src 'self' data:; "
	    "object-src 'none'; base-uri 'self'; form-action 'self'; "
	    "frame-ancestors 'none'\r\n"
	    "X-Content-Type-Options: nosniff\r\n"
	    "X-Frame-Options: DENY\r\n"
	    "Referrer-Policy: same-origin\r\n"
	    "Cache-Control: private, no-store\r\n"
	    "Vary: Accept, Cookie\r\n\r\n", s);
}

static int
out_write(void *arg, const char *buf, int n)
{
	struct out *o = arg;

	if (!o->started)
		headers_send(o);
	if (o->head || n == 0)
		return n;
	return FCGX_PutStr(buf, n, o->fr->out) == n ? n : -1;
}

/* Turns whatever the handler built into the error page, keeping field errors. */
static int
error_page(struct ctx *c, int status)
{
	xmlNodePtr errs = NULL, n;

	if (c->errors != NULL) {
		errs = c->errors;
		xmlUnlinkNode(errs);
	}
	c->errors = NULL;
	if (page_begin(c, "error") != 0) {
		xmlFreeNode(errs);
		return -1;
	}
	xml_attr_int(c->root, "status", status);
	if (errs != NULL) {
		xmlAddChild(c->root, errs);
		c->errors = errs;
	}
	n = xml_add(c->root, "error-page", NULL);
	xml_attr_int(n, "status", status);
	return 0;
}

/* A stored file: nginx serves the bytes from the internal location (and
 * answers Range requests with 206); only headers go out from here. It
 * copies Content-Type, Content-Disposition, Cache-Control and Set-Cookie
 * from us, no other header. */
static void
accel_send(FCGX_Request *fr, struct ctx *c)
{
	int i;

	FCGX_PutS("Status: 200 OK\r\n", fr->out);
	for (i = 0; i < c->ncookies; i++)
		FCGX_FPrintF(fr->out, "Set-Cookie: %s\r\n", c->cookies[i]);
	FCGX_FPrintF(fr->out, "X-Accel-Redirect: %s\r\n"
	    "Content-Type: %s\r\n"
	    "Content-Disposition: %s\r\n"
	    "Cache-Control: private, no-store\r\n\r\n",
	    c->accel, c->ctype, c->disposition);
}

static void
respond(FCGX_Request *fr, struct ctx *c, int status)
{
	struct out	o = { fr, c, status, NULL, 0, 0 };
	int		rc;

	o.head = c->req->method == METHOD_HEAD;
	if (status == 200 && c->accel != NULL) {
		accel_send(fr, c);
		return;
	}
	if (status == 303 || c->text != NULL) {
		o.ctype = c->ctype ? c->ctype : "text/plain; charset=utf-8";
		out_write(&o, c->text ? c->text : "",
		    c->text ? (int)strlen(c->text) : 0);
		return;
	}
	if (status != 200 && !(c->keep && c->doc) && error_page(c, status) != 0)
		goto fail;
	o.ctype = c->want_xml ? "application/xml; charset=utf-8" :
	    "text/html; charset=utf-8";
	rc = c->want_xml ? render_xml(c, out_write, &o) :
	    render_html(c, out_write, &o);
	if (rc == 0 || o.started)
		return;
fail:
	o.status = 500;
	o.ctype = "text/plain; charset=utf-8";
	out_write(&o, "internal error\n", 15);
}

static long
fcgx_read(void *arg, char *buf, size_t n)
{
	return FCGX_GetStr(buf, (int)(n > 65536 ? 65536 : n), arg);
}

static const char *const method_names[METHOD__MAX + 1] = {
	"GET", "HEAD", "POST", "?"
};

static enum req_method
method_of(const char *m)
{
	if (m != NULL && strcmp(m, "GET") == 0)
		return METHOD_GET;
	if (m != NULL && strcmp(m, "HEAD") == 0)
		return METHOD_HEAD;
	if (m != NULL && strcmp(m, "POST") == 0)
		return METHOD_POST;
	return METHOD__MAX;
}

/* Parses what the gate needs; 0 or the status that refuses the request. */
static int
request_read(FCGX_Request *fr, struct ctx *c)
{
	const char	*p, *accept;
	int		 rc;

	/* Browsers list application/xml too, but after text/html. */
	accept = FCGX_GetParam("HTTP_ACCEPT", fr->envp);
	c->want_xml = accept != NULL &&
	    strstr(accept, "application/xml") != NULL &&
	    strstr(accept, "text/html") == NULL;
	if ((rc = req_parse_query(c->req, c->query)) != 0 ||
	    (rc = req_parse_cookies(c->req,
	    FCGX_GetParam("HTTP_COOKIE", fr->envp))) != 0)
		return rc;
	if (c->req->method == METHOD__MAX)
		return 405;
	if (!utf8_valid(c->full_path, strlen(c->full_path)))
		return 400;
	if (c->req->method != METHOD_POST)
		return 0;
	p = FCGX_GetParam("CONTENT_LENGTH", fr->envp);
	return req_parse_body(c->req, FCGX_GetParam("CONTENT_TYPE", fr->envp),
	    p ? strtoul(p, NULL, 10) : 0, fcgx_read, fr->in);
}

static void
serve(FCGX_Request *fr, struct arena *a)
{
	struct req	 r;
	struct ctx	 c;
	const char	*rid;
	long long	 t0 = now_us();
	int		 status, prep;

	arena_reset(a);
	xml_mem_hold(1);
	memset(&r, 0, sizeof(r));
	memset(&c, 0, sizeof(c));
	r.arena = c.arena = a;
	r.lim = &lim;
	r.method = method_of(FCGX_GetParam("REQUEST_METHOD", fr->envp));
	c.req = &r;
	c.conf = &cf;
	c.full_path = FCGX_GetParam("DOCUMENT_URI", fr->envp);
	if (c.full_path == NULL || c.full_path[0] != '/')
		c.full_path = "/";
	c.query = FCGX_GetParam("QUERY_STRING", fr->envp);
	c.remote_addr = FCGX_GetParam("REMOTE_ADDR", fr->envp);
	status = request_read(fr, &c);
	prep = route_prepare(&c);
	if (status == 0)
		status = prep ? prep : route_dispatch(&c);
	respond(fr, &c, status);
	rid = FCGX_GetParam("REQUEST_ID", fr->envp);
	/* No path, query or address: nothing personal reaches the log. */
	fprintf(stderr, "%ld rid=%s %s %s %s status=%d us=%lld\n",
	    (long)time(NULL), rid ? rid : "-",
	    method_names[r.method], surface_names[c.surface],
	    route_name(&c), status, now_us() - t0);
	page_free(&c);
	xml_mem_end();
	req_cleanup(&r);
}

static int
worker_setup(void)
{
	if (render_reload(cf.xsl_dir) != 0 || i18n_load(cf.xsl_dir) != 0 ||
	    pw_init() != 0)
		return -1;
	/* The database may be down now; each request reconnects as needed. */
	if (db_open(&cf) != DB_OK)
		fprintf(stderr, "worker %d: database not reachable yet: %s\n",
		    (int)getpid(), db_error());
	return 0;
}

static void
worker_run(int sock)
{
	FCGX_Request	fr;
	struct arena	a;

	signals_install();
	if (worker_setup() != 0 || arena_init(&a, ARENA_SIZE) != 0 ||
	    FCGX_InitRequest(&fr, sock, FCGI_FAIL_ACCEPT_ON_INTR) != 0)
		_exit(2);
	while (!stopping) {
		if (reloading) {
			reloading = 0;
			if (render_reload(cf.xsl_dir) != 0 ||
			    i18n_load(cf.xsl_dir) != 0)
				fprintf(stderr, "reload failed: kept the "
				    "stylesheets in use\n");
		}
		if (FCGX_Accept_r(&fr) < 0)
			continue;
		serve(&fr, &a);
		/* libfcgi would shut its side and wait for nginx to close the
		 * connection, a wake-up per request, so that unread input
		 * cannot reset it: with all of it read cleanly, close at once.
		 * (The flag lasts one request: nginx keeps no connection.) */
		if (FCGX_GetChar(fr.in) == EOF && FCGX_GetError(fr.in) == 0)
			FCGX_Detach(&fr);
		FCGX_Finish_r(&fr);
	}
	db_close();
	render_free();
	i18n_free();
	arena_free(&a);
	_exit(0);
}

static pid_t
worker_start(int sock)
{
	pid_t pid = fork();

	if (pid == 0)
		worker_run(sock);
	return pid;
}

static void
workers_signal(const pid_t *pids, int n, int sig)
{
	int i;

	for (i = 0; i < n; i++)
		if (pids[i] > 0)
			kill(pids[i], sig);
}

/* Restarts workers that die; forwards SIGHUP; on SIGTERM waits for all. */
static void
master_run(int sock, int n)
{
	pid_t		pids[MAX_WORKERS];
	time_t		born[MAX_WORKERS];
	pid_t		pid;
	int		i, st;

	for (i = 0; i < n; i++) {
		pids[i] = worker_start(sock);
		born[i] = time(NULL);
	}
	while (!stopping) {
		pid = waitpid(-1, &st, 0);
		if (reloading) {
			reloading = 0;
			workers_signal(pids, n, SIGHUP);
		}
		if (pid <= 0 || stopping)
			continue;
		for (i = 0; i < n && pids[i] != pid; i++)
			;
		if (i == n)
			continue;
		fprintf(stderr, "worker %d ended (status %d); restarting\n",
		    (int)pid, st);
		/* A worker that dies at once must not make us spin. */
		if (time(NULL) - born[i] < 1)
			sleep(1);
		pids[i] = worker_start(sock);
		born[i] = time(NULL);
	}
	workers_signal(pids, n, SIGTERM);
	while (wait(&st) > 0 || errno == EINTR)
		;
}

static int
pidfile_write(const char *path)
{
	FILE *f;

	if (path[0] == '\0')
		return 0;
	if ((f = fopen(path, "w")) == NULL)
		return -1;
	fprintf(f, "%d\n", (int)getpid());
	return fclose(f);
}

int
main(int argc, char *argv[])
{
	const char	*path = "conf/lms.conf";
	char		 err[512];
	int		 sock, n, ch;

	while ((ch = getopt(argc, argv, "c:")) != -1) {
		if (ch != 'c') {
			fprintf(stderr, "usage: lmsd [-c lms.conf]\n");
			return 2;
		}
		path = optarg;
	}
	/* Before anything else of libxml2 allocates. */
	if (xml_mem_init() != 0)
		return 1;
	if (conf_load(&cf, path, err, sizeof(err)) != 0) {
		fprintf(stderr, "lmsd: %s\n", err);
		return 1;
	}
	if (cf.log_file[0] != '\0' && freopen(cf.log_file, "a", stderr) == NULL)
		return 1;
	setvbuf(stderr, NULL, _IOLBF, 0);
	/* Dates are stored in UTC and shown in the organisation's zone. */
	setenv("TZ", cf.timezone, 1);
	tzset();
	lim = (struct req_limits){ (size_t)cf.max_body, (size_t)cf.max_fields,
	    (size_t)cf.max_field_len, cf.tmp_dir };
	n = cf.workers ? (int)cf.workers : 2 * (int)sysconf(_SC_NPROCESSORS_ONLN);
	if (n < 1 || n > MAX_WORKERS)
		n = 2;
	signals_install();
	if (FCGX_Init() != 0)
		return 1;
	unlink(cf.socket);
	if ((sock = FCGX_OpenSocket(cf.socket, 256)) < 0) {
		fprintf(stderr, "lmsd: cannot listen on %s\n", cf.socket);
		return 1;
	}
	chmod(cf.socket, 0660);
	/* Stylesheets that do not compile stop us here, not in a worker. */
	if (render_load(cf.xsl_dir) != 0 || i18n_load(cf.xsl_dir) != 0)
		return 1;
	render_free();
	i18n_free();
	/* Hands those megabytes back to the system: else every worker is
	 * born with them resident (RSS) and compiles its own on top. */
	malloc_trim(0);
	if (pidfile_write(cf.pid_file) != 0)
		return 1;
	fprintf(stderr, "lmsd %d: %d workers on %s\n", (int)getpid(), n,
	    cf.socket);
	master_run(sock, n);
	unlink(cf.socket);
	if (cf.pid_file[0] != '\0')
		unlink(cf.pid_file);
	return 0;
}
