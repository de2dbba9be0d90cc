/*
 * xdb.cc - the project's only C++: Xapian behind the C API of include/xdb.h.
 *
 * Every exported function has one shape: its body runs inside guard(), whose
 * one catch (...) calls xdb_fail(), the single classifier that rethrows the
 * exception in flight and maps it to a DS_E* code and a message.  Strings
 * leave this file only as copies in caller-owned buffers.
 */
#include "xdb.h"

#include <xapian.h>

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

/*
 * Xapian's handles are reference-counted: held by value, a copy shares the
 * database.  The read view `db` is every shard's database added to one
 * (Xapian merges their statistics, so a search over it ranks and counts as
 * over one index); a writer's shards are WritableDatabases, and the read
 * view holds them, so reads see the open transaction's changes.
 */
/* Attempts at reopening while the writer keeps committing. */
#define XDB_REOPEN_TRIES 5
/* Documents a shard's thread may have waiting (xdb_set_opts.async_puts);
 * a put waits while its shard has as many.  Room for half a flush
 * (XDB_FLUSH_THRESHOLD): while the thread merges one into its tables, the
 * puts behind it keep coming (docs/BENCHMARKS.md, "Deeper queues"). */
#define XDB_QUEUE_MAX 512

/* A document the open batch put or edited, as a lookup between puts
 * sees it (async_puts): its docid in the read view and its values (its
 * terms list it in xdb.bterm). */
struct batch_doc {
	std::string id;                 /* its id term */
	Xapian::docid did;
	std::vector<std::pair<unsigned, std::string>> values; /* by slot */
};

/* A put waiting for its shard's thread. */
struct put_job {
	std::string id;
	Xapian::Document doc;
};

/*
 * A writer's shard written on a thread of its own.  The thread alone calls
 * the shard's replace_document(); the main thread touches that shard only
 * when the thread is idle (settle()).  The first put that throws stops the
 * shard's writing (the jobs after it are dropped) until xdb_cancel().
 */
struct shard_thread {
	std::mutex m;
	std::condition_variable cv;     /* a job queued, a job done, stop */
	std::deque<put_job> q;
	bool busy = false;              /* a job taken, not yet done */
	bool stop = false;
	bool failed = false;
	struct ds_err err = DS_ERR_INIT; /* what the failed put threw */
	std::thread t;
};

struct xdb {
	Xapian::Database db;            /* the read view: every shard */
	std::vector<Xapian::WritableDatabase> w; /* a writer's shards */
	std::vector<std::string> names; /* each shard as it was given */
	std::vector<bool> live;         /* in the read view (a reader with
					   allow_partial leaves out those
					   that do not answer) */
	struct xdb_set_opts opts;       /* how a reader opened its set */
	size_t nremote;                 /* shards given as "host:port" */
	std::vector<Xapian::Database> parts; /* a reader's view, one a
					   shard, in its order (docid d is
					   part (d - 1) % n's (d - 1) / n + 1) */
	Xapian::Database counter;       /* the live shards again, on
					   connections of their own: the
					   counting pass beside the hits' on
					   a set with remote shards */
	bool has_counter = false;
	bool writable;
	bool in_txn;                    /* between xdb_begin and commit/cancel */

	/* A writer with async_puts: one thread a shard writes the puts,
	 * and the main thread's lookups read the last commit unless the
	 * open batch changed what they read (batch_view()). */
	bool async = false;
	std::vector<std::unique_ptr<shard_thread>> threads;
	Xapian::Database committed;     /* every shard's last commit */
	std::vector<Xapian::Database> committed_parts; /* the same, a shard
					   each, sharing its handles */
	/* the open batch, since the last commit or cancel, as lookups see
	 * it beside the last commit: */
	std::vector<batch_doc> bdocs;   /* what it put or edited, oldest
					   first (a later version of the same
					   document makes an earlier stale) */
	std::unordered_map<std::string, size_t> bdoc_of; /* id term -> its
					   current version in bdocs */
	std::unordered_map<std::string, std::vector<size_t>> bterm; /* a
					   tracked term -> the versions in
					   bdocs that have it */
	std::unordered_set<std::string> batch_deleted; /* id terms deleted */
	std::unordered_set<Xapian::docid> touched; /* committed documents it
					   replaced, edited or deleted */
	std::vector<Xapian::docid> next_new; /* each shard's docid for its
					   next new document */
	bool reopen_due = false;        /* committed is a commit behind */
	~xdb();
};
struct xdb_doc {
	Xapian::Document doc;
};

struct xdb_query {
	Xapian::Query q;
	struct ds_err err = DS_ERR_INIT; /* what building q threw: when set,
					    q is empty and only the error
					    counts */
};

struct xdb_terms {
	xdb *owner;
	Xapian::TermIterator it, end;
	std::string cur;                /* the term handed out last (borrowed) */
	std::string prefix;
	bool started;
};

/*
 * A write that failed because the disk (or the user's quota) is full: the
 * errno Xapian kept, or, when a failed rollback wrapped the first error in
 * a new one ("Modifications failed (...)"), the text it carries.
 */
static bool out_of_space(const Xapian::Error &e)
{
	const char *full[] = {strerror(ENOSPC), strerror(EDQUOT)};
	const char *why = e.get_error_string();
	for (const char *f : full)
		if ((why && !strcmp(why, f)) ||
		    e.get_msg().find(f) != std::string::npos)
			return true;
	return false;
}

/* Map the exception in flight to an error code; call only from a catch. */
static int xdb_fail(struct ds_err *err)
{
	try {
		throw;
	} catch (const Xapian::DatabaseLockError &e) {
		return ds_err_set(err, DS_ELOCKED, "database is locked: %s",
				  e.get_msg().c_str());
	} catch (const Xapian::DatabaseModifiedError &e) {
		return ds_err_set(err, DS_EMODIFIED, "database modified: %s",
				  e.get_msg().c_str());
	} catch (const Xapian::DatabaseCorruptError &e) {
		return ds_err_set(err, DS_ECORRUPT, "database corrupt: %s",
				  e.get_msg().c_str());
	} catch (const Xapian::DatabaseNotFoundError &e) {
		return ds_err_set(err, DS_EOPEN, "no database: %s",
				  e.get_msg().c_str());
	} catch (const Xapian::DatabaseOpeningError &e) {
		return ds_err_set(err, DS_EOPEN, "cannot open database: %s",
				  e.get_msg().c_str());
	} catch (const Xapian::NetworkError &e) {
		/* a remote shard: not running, unreachable, or too slow */
		const char *why = e.get_error_string();
		return ds_err_set(err, DS_EOPEN, "no answer (%s%s%s)",
				  e.get_msg().c_str(), why ? ": " : "",
				  why ? why : "");
	} catch (const Xapian::QueryParserError &e) {
		return ds_err_set(err, DS_EQUERY, "malformed query: %s",
				  e.get_msg().c_str());
	} catch (const Xapian::WildcardError &e) {
		return ds_err_set(err, DS_EQUERY, "a wildcard matches too many "
				  "words: %s", e.get_msg().c_str());
	} catch (const Xapian::InvalidArgumentError &e) {
		return ds_err_set(err, DS_EINVAL, "invalid argument: %s",
				  e.get_msg().c_str());
	} catch (const Xapian::DocNotFoundError &e) {
		return ds_err_set(err, DS_ENOTFOUND, "document not found: %s",
				  e.get_msg().c_str());
	} catch (const Xapian::Error &e) {
		if (out_of_space(e))
			return ds_err_set(err, DS_ENOSPC, "no space left on "
					  "device (%s)", e.get_msg().c_str());
		return ds_err_set(err, DS_EINTERNAL, "xapian %s: %s",
				  e.get_type(), e.get_msg().c_str());
	} catch (const std::bad_alloc &) {
		return ds_err_set(err, DS_ENOMEM, NULL);
	} catch (const std::exception &e) {
		return ds_err_set(err, DS_EINTERNAL, "%s", e.what());
	} catch (...) {
		return ds_err_set(err, DS_EINTERNAL, "unknown exception");
	}
}

/*
 * Run f(), which returns 0 or a DS_E* code, and let no exception out: one
 * thrown is mapped by xdb_fail() into `err` and its code returned.
 */
template <class F> static int guard(struct ds_err *err, F &&f) noexcept
{
	try {
		return f();
	} catch (...) {
		return xdb_fail(err);
	}
}

static int check_term(size_t len, struct ds_err *err)
{
	if (len == 0 || len > XDB_MAX_TERM)
		return ds_err_set(err, DS_EINVAL, "term of %zu bytes is out of "
				  "range (1..%d)", len, XDB_MAX_TERM);
	return 0;
}

static int check_writer(xdb *db, struct ds_err *err)
{
	if (!db || !db->writable)
		return ds_err_set(err, DS_EINVAL, "database is not open for writing");
	return 0;
}

/*
 * Writing on a thread a shard (xdb_set_opts.async_puts).
 *
 * A put hands its document to its shard's thread and returns; the puts of
 * one shard are written in the order they came, so every docid is what
 * writing in line gives.  Everything else a writer does waits for the
 * threads to be done first (settle()), except the lookups the writer makes
 * between puts (by id, by a rare term: xdb_get_data, xdb_get_value,
 * xdb_term_freq, xdb_has_term, xdb_term_docs, xdb_recent_docs).  Those read
 * the shards' last commit, on handles of their own that the threads'
 * writing does not touch, together with what the open batch did, kept in
 * memory: each document it put or edited with its docid and its values
 * (bdocs), listed under its id and "X..." terms (bterm), and the committed
 * documents it replaced, edited or deleted (touched), left out.  A lookup
 * by the id of a document the batch put, edited or deleted, of any other
 * term, or of a list of the last commit too long to walk while leaving
 * out what the batch changed, settles and reads the shards as written.  Either way the answer is
 * the one writing in line would give: the same documents, values and
 * docids (a new document takes its shard's next docid, a replaced one
 * keeps its own).
 */

/* The thread of shard k: writes its queue's puts, in order. */
static void shard_loop(xdb *db, size_t k)
{
	shard_thread &s = *db->threads[k];
	std::unique_lock<std::mutex> lk(s.m);
	for (;;) {
		s.cv.wait(lk, [&] { return s.stop || !s.q.empty(); });
		if (s.stop)
			return;
		put_job job = std::move(s.q.front());
		s.q.pop_front();
		bool skip = s.failed;
		s.busy = true;
		lk.unlock();
		struct ds_err e = DS_ERR_INIT;
		int rc = skip ? 0 : guard(&e, [&] {
			db->w[k].replace_document(job.id, job.doc);
			return 0;
		});
		std::string id = std::move(job.id);
		job.doc = Xapian::Document();   /* freed here, not under the lock */
		lk.lock();
		if (rc && !s.failed) {
			s.failed = true;
			/* why first, as a put in line says it; then where */
			ds_err_set(&s.err, rc, "%s (writing '%s' to shard '%s')",
				   e.msg, id.c_str(), db->names[k].c_str());
		}
		s.busy = false;
		s.cv.notify_all();
	}
}

/* Wait until every shard's thread has written what it was given.  The
 * first failed put's error, if any (it stays until xdb_cancel()). */
static int settle(xdb *db, struct ds_err *err)
{
	int rc = 0;
	for (std::unique_ptr<shard_thread> &p : db->threads) {
		shard_thread &s = *p;
		std::unique_lock<std::mutex> lk(s.m);
		s.cv.wait(lk, [&] { return s.q.empty() && !s.busy; });
		if (s.failed && !rc)
			rc = ds_err_set(err, s.err.code, "%s", s.err.msg);
	}
	return rc;
}

/* Stop the threads; what they had not written is dropped. */
static void stop_threads(xdb *db)
{
	for (std::unique_ptr<shard_thread> &p : db->threads) {
		{
			std::lock_guard<std::mutex> lk(p->m);
			p->stop = true;
			p->q.clear();
		}
		p->cv.notify_all();
	}
	for (std::unique_ptr<shard_thread> &p : db->threads)
		if (p->t.joinable())
			p->t.join();
	db->threads.clear();
}

xdb::~xdb()
{
	stop_threads(this);
}

/* The open batch is over (committed or cancelled): lookups read the last
 * commit alone, reopened. */
static void batch_over(xdb *db)
{
	db->bdocs.clear();
	db->bdoc_of.clear();
	db->bterm.clear();
	db->batch_deleted.clear();
	db->touched.clear();
	db->reopen_due = true;
}

/* Whether the open batch's documents are listed under term `t` (bterm):
 * the id terms ("Q...") and the "X..." terms, the ones the writer's
 * lookups ask for (schema.h); a lookup of any other settles. */
static bool tracked(const std::string &t)
{
	return !t.empty() && (t[0] == 'Q' || t[0] == 'X');
}

/* The shards' last commit, reopened after a commit or a cancel, and each
 * shard's next new docid from it (throws what reopening throws). */
static Xapian::Database &last_commit(xdb *db)
{
	if (db->reopen_due) {
		db->committed.reopen();
		db->next_new.clear();
		for (Xapian::Database &part : db->committed_parts)
			db->next_new.push_back(part.get_lastdocid() + 1);
		db->reopen_due = false;
	}
	return db->committed;
}

/* The committed document of shard k indexed by id term `id`, by its docid
 * in the read view (0: none), unless the open batch deleted it. */
static Xapian::docid committed_in(xdb *db, size_t k, const std::string &id)
{
	if (db->batch_deleted.count(id))
		return 0;
	last_commit(db);
	Xapian::Database &part = db->committed_parts[k];
	Xapian::PostingIterator p = part.postlist_begin(id);
	if (p == part.postlist_end(id))
		return 0;
	return (*p - 1) * db->committed_parts.size() + k + 1;
}

/* Settle the threads of a writer that has them; 0 for anyone else. */
static int quiet(xdb *db, struct ds_err *err)
{
	return db && db->async ? settle(db, err) : 0;
}

/* Whether puts go to the threads and lookups read the last commit and
 * the batch: inside a transaction only (outside one Xapian commits on its
 * own, and a put is written in line). */
static bool async_now(const xdb *db)
{
	return db->async && db->in_txn;
}

/* Record what the batch holds now as document `id` (async): `doc` at
 * docid `did` of the read view. */
static void batch_record(xdb *db, const std::string &id, Xapian::docid did,
			 const Xapian::Document &doc)
{
	size_t at = db->bdocs.size();
	batch_doc b;
	b.id = id;
	b.did = did;
	/* its "Q..." and "X..." terms (the terms are sorted) */
	for (const char *pfx : {"Q", "X"}) {
		Xapian::TermIterator t = doc.termlist_begin();
		for (t.skip_to(pfx); t != doc.termlist_end() &&
		     (*t)[0] == pfx[0]; ++t)
			db->bterm[*t].push_back(at);
	}
	for (Xapian::ValueIterator v = doc.values_begin();
	     v != doc.values_end(); ++v)
		b.values.emplace_back(v.get_valueno(), *v);
	db->bdocs.push_back(std::move(b));
	db->bdoc_of[id] = at;
	db->batch_deleted.erase(id);
}

/* Whether bdocs[i] is its document's current version. */
static bool batch_current(const xdb *db, size_t i)
{
	auto c = db->bdoc_of.find(db->bdocs[i].id);
	return c != db->bdoc_of.end() && c->second == i;
}

static const std::string *batch_value(const batch_doc &b, unsigned slot)
{
	auto v = std::lower_bound(
		b.values.begin(), b.values.end(), slot,
		[](const std::pair<unsigned, std::string> &x, unsigned s) {
			return x.first < s;
		});
	return v != b.values.end() && v->first == slot ? &v->second : NULL;
}

/* Lists of the last commit longer than this are not walked to leave out
 * the documents the batch changed: the lookup settles instead. */
#define XDB_WALK_MAX 4096

/*
 * How a lookup of tracked term t reads on an async writer: 0, the last
 * commit alone answers it (no document of the batch has t, none the batch
 * changed is in t's list); 1, the last commit with the batch
 * (batch_view()); -1, its list is too long to walk: settle.
 */
static int batch_reading(xdb *db, const std::string &t)
{
	Xapian::Database &c = last_commit(db);   /* after a commit: reopened */
	auto b = db->bterm.find(t);
	bool mine = false;
	if (b != db->bterm.end())
		for (size_t i : b->second)
			if (batch_current(db, i)) {
				mine = true;
				break;
			}
	if (!mine && db->touched.empty())
		return 0;
	if (c.get_termfreq(t) > XDB_WALK_MAX)
		return -1;
	if (mine)
		return 1;
	for (Xapian::PostingIterator p = c.postlist_begin(t);
	     p != c.postlist_end(t); ++p)
		if (db->touched.count(*p))
			return 1;
	return 0;
}

/* A document a lookup meets: of the last commit (rec NULL) or of the
 * batch. */
struct view_doc {
	Xapian::docid did;
	const batch_doc *rec;
	bool operator<(const view_doc &o) const { return did < o.did; }
};

/* The documents tracked term t indexes as writing in line would see
 * them: the last commit's, less those the batch changed, and the
 * batch's; appended to out (unsorted). */
static void batch_view(xdb *db, const std::string &t,
		       std::vector<view_doc> &out)
{
	Xapian::Database &c = last_commit(db);
	for (Xapian::PostingIterator p = c.postlist_begin(t);
	     p != c.postlist_end(t); ++p)
		if (!db->touched.count(*p))
			out.push_back({*p, NULL});
	auto b = db->bterm.find(t);
	if (b != db->bterm.end())
		for (size_t i : b->second)
			if (batch_current(db, i))
				out.push_back({db->bdocs[i].did, &db->bdocs[i]});
}

/*
 * Where a writer's lookup of `terms` reads (batch_reading() for each): *v
 * the view, *with_batch whether the open batch's documents join the last
 * commit's.  Settles first when a term is a word or a list too long.
 */
static int lookup_view(xdb *db, const std::vector<std::string> &terms,
		       Xapian::Database **v, bool *with_batch,
		       struct ds_err *err)
{
	*v = &db->db;
	*with_batch = false;
	if (!async_now(db))
		return quiet(db, err);
	int how = 0;
	for (const std::string &t : terms) {
		int h = tracked(t) ? batch_reading(db, t) : -1;
		if (h < 0) {
			how = -1;
			break;
		}
		how |= h;
	}
	if (how < 0)
		return settle(db, err);
	*v = &last_commit(db);
	*with_batch = how == 1;
	return 0;
}

/* A shard given as "host:port" is a remote one (xapian-tcpsrv). */
static bool remote_spec(const std::string &spec, std::string &host,
			unsigned &port)
{
	size_t c = spec.rfind(':');
	if (c == std::string::npos || c == 0 || c + 1 == spec.size() ||
	    spec.find('/') != std::string::npos)
		return false;
	char *end = NULL;
	unsigned long p = strtoul(spec.c_str() + c + 1, &end, 10);
	if (*end || p == 0 || p > 65535)
		return false;
	host = spec.substr(0, c);
	port = (unsigned)p;
	return true;
}

extern "C" int xdb_is_remote(const char *spec)
{
	std::string host;
	unsigned port;
	return spec && remote_spec(spec, host, port);
}

/* One shard, read-only: a local database or a remote one, opened with
 * the timeouts asked (a stub file could not set them). */
static Xapian::Database open_part(const std::string &spec,
				  const struct xdb_set_opts *o)
{
	std::string host;
	unsigned port;
	if (remote_spec(spec, host, port))
		return Xapian::Remote::open(host, port, o->timeout_ms,
					    o->connect_ms);
	return Xapian::Database(spec);
}

/* The read view of the shards marked live. */
static void make_view(xdb *db)
{
	Xapian::Database all;
	db->parts.clear();
	for (size_t k = 0; k < db->names.size(); k++)
		if (db->live[k]) {
			db->parts.push_back(db->writable ?
					    Xapian::Database(db->w[k]) :
					    open_part(db->names[k], &db->opts));
			all.add_database(db->parts.back());
		}
	db->db = all;
	db->has_counter = false;
}

/* The counting view (xdb.counter), opened when first asked for. */
static Xapian::Database &counter_view(xdb *db)
{
	if (!db->has_counter) {
		Xapian::Database all;
		for (size_t k = 0; k < db->names.size(); k++)
			if (db->live[k])
				all.add_database(db->writable ?
						 Xapian::Database(db->w[k]) :
						 open_part(db->names[k],
							   &db->opts));
		db->counter = all;
		db->has_counter = true;
	}
	return db->counter;
}

/* The shard whose opening threw: its name before Xapian's message. */
static int shard_fail(const std::string &name, size_t n, struct ds_err *err)
{
	struct ds_err e = DS_ERR_INIT;
	int rc = xdb_fail(&e);
	std::string host;
	unsigned port;
	if (n == 1 && !remote_spec(name, host, port))
		return ds_err_set(err, rc, "%s", e.msg);
	return ds_err_set(err, rc, "shard '%s': %s", name.c_str(), e.msg);
}

/*
 * A shard whose creation a crash cut short: Xapian writes a new glass
 * database's tables before its version file ("iamglass"), so a SIGKILL
 * in between leaves a folder that no open can read and no
 * DB_CREATE_OR_OPEN can create again ("Failed to open glass revision
 * file").  Such a folder holds no revision, so nothing was ever
 * committed in it: its files are removed and the shard is created
 * afresh.  Only a folder with table files and no version file at all
 * (never one with "iamglass", nor a stub file, nor a remote shard), and
 * none whose lock a writer holds (a creation still under way).
 */
static void redo_interrupted_create(const std::string &dir)
{
	struct stat st;
	if (stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode) ||
	    access((dir + "/iamglass").c_str(), F_OK) == 0)
		return;
	DIR *d = opendir(dir.c_str());
	if (!d)
		return;
	std::vector<std::string> files;
	bool tables = false;
	for (struct dirent *e; (e = readdir(d));) {
		std::string f = e->d_name;
		if (f == "." || f == "..")
			continue;
		size_t dot = f.rfind('.');
		std::string ext = dot == std::string::npos ? "" : f.substr(dot);
		tables |= ext == ".glass";
		files.push_back(f);
	}
	closedir(d);
	if (!tables)
		return;
	/* not a creation still under way: its writer holds the lock */
	int fd = open((dir + "/flintlock").c_str(), O_RDONLY);
	if (fd >= 0) {
		struct flock l;
		memset(&l, 0, sizeof(l));
		l.l_type = F_WRLCK;
		l.l_whence = SEEK_SET;
		int held = fcntl(fd, F_GETLK, &l) != 0 || l.l_type != F_UNLCK;
		close(fd);
		if (held)
			return;
	}
	for (const std::string &f : files)
		unlink((dir + "/" + f).c_str());
}

extern "C" int xdb_open_set(const char *const *specs, size_t n,
			    const struct xdb_set_opts *o, xdb **out,
			    struct ds_err *err)
{
	*out = NULL;
	if (n == 0)
		return ds_err_set(err, DS_EINVAL, "no shard to open");
	/* before the first WritableDatabase reads it; the caller's own
	 * setting stays */
	if (o->writable)
		setenv("XAPIAN_FLUSH_THRESHOLD", XDB_FLUSH_THRESHOLD, 0);
	return guard(err, [&] {
		std::unique_ptr<xdb> db(new xdb());
		db->opts = *o;
		db->writable = o->writable;
		db->in_txn = false;
		Xapian::Database all;
		size_t up = 0;
		for (size_t k = 0; k < n; k++) {
			std::string name(specs[k]), host;
			unsigned port;
			db->names.push_back(name);
			db->nremote += remote_spec(name, host, port);
			try {
				if (o->writable) {
					if (!remote_spec(name, host, port))
						redo_interrupted_create(name);
					/* should a later shard throw, the
					 * earlier ones' locks go with db */
					db->w.push_back(Xapian::WritableDatabase(
						name, Xapian::DB_CREATE_OR_OPEN));
					all.add_database(db->w.back());
				} else {
					db->parts.push_back(open_part(name, o));
					all.add_database(db->parts.back());
				}
				db->live.push_back(true);
				up++;
			} catch (...) {
				if (o->writable || !o->allow_partial)
					return shard_fail(name, n, err);
				db->live.push_back(false);
			}
		}
		if (!up)
			return ds_err_set(err, DS_EOPEN, "no shard answers (the "
					  "first: '%s')", specs[0]);
		db->db = all;
		if (o->writable && o->async_puts) {
			/* the last commit, for the lookups between puts: a
			 * shard just created has none yet, so commit it */
			Xapian::Database last;
			for (size_t k = 0; k < n; k++) {
				if (db->w[k].get_lastdocid() == 0 &&
				    db->w[k].get_doccount() == 0)
					db->w[k].commit();
				db->committed_parts.push_back(
					Xapian::Database(db->names[k]));
				last.add_database(db->committed_parts.back());
			}
			db->committed = last;
			db->async = true;
			db->reopen_due = true;  /* next_new, at the first put */
			for (size_t k = 0; k < n; k++)
				db->threads.emplace_back(new shard_thread());
			for (size_t k = 0; k < n; k++)
				db->threads[k]->t = std::thread(shard_loop,
								db.get(), k);
		}
		*out = db.release();
		return 0;
	});
}

extern "C" int xdb_open_writable(const char *path, xdb **out, struct ds_err *err)
{
	struct xdb_set_opts o = XDB_SET_OPTS_INIT;
	o.writable = 1;
	return xdb_open_set(&path, 1, &o, out, err);
}

extern "C" int xdb_open_readonly(const char *path, xdb **out, struct ds_err *err)
{
	struct xdb_set_opts o = XDB_SET_OPTS_INIT;
	return xdb_open_set(&path, 1, &o, out, err);
}

extern "C" size_t xdb_shard_count(const xdb *db)
{
	return db->names.size();
}

extern "C" void xdb_missing(const xdb *db, struct buf *out)
{
	buf_reset(out);
	for (size_t k = 0; k < db->names.size(); k++)
		if (!db->live[k]) {
			if (out->len)
				buf_addstr(out, ", ");
			buf_addstr(out, db->names[k].c_str());
		}
}

extern "C" int xdb_shard_metadata(xdb *db, size_t k, const char *key,
				  struct buf *value, struct ds_err *err)
{
	buf_reset(value);
	if (k >= db->names.size() || !db->live[k])
		return ds_err_set(err, DS_EINVAL, "no shard %zu", k);
	int rc = quiet(db, err);
	if (rc)
		return rc;
	return guard(err, [&] {
		std::string v = db->writable ? db->w[k].get_metadata(key) :
			open_part(db->names[k], &db->opts).get_metadata(key);
		buf_add(value, v.data(), v.size());
		return 0;
	});
}

extern "C" void xdb_close(xdb *db)
{
	if (!db)
		return;
	/* closing cannot report; on an error the lock goes with the
	 * handles */
	struct ds_err ignored = DS_ERR_INIT;
	stop_threads(db);
	for (Xapian::WritableDatabase &w : db->w)
		guard(&ignored, [&] {
			if (db->in_txn)
				w.cancel_transaction();
			w.close();
			return 0;
		});
	delete db;
}

extern "C" int xdb_reopen(xdb *db, struct ds_err *err)
{
	int rc = quiet(db, err);
	if (rc)
		return rc;
	return guard(err, [&] {
		/* reopening reads the newest revision; a writer that commits
		 * twice while it does can make even that read stale
		 * (DatabaseModifiedError, seen once under load): try again,
		 * a few times, as a reader's retry would */
		for (int attempt = 0;; attempt++) {
			try {
				db->db.reopen();
				db->has_counter = false;
				return 0;
			} catch (const Xapian::DatabaseModifiedError &) {
				if (attempt == XDB_REOPEN_TRIES - 1)
					throw;
			} catch (const Xapian::DatabaseCorruptError &) {
				/* `compact` swapped the folder between the
				 * version file's read and the tables' (its
				 * revision and the tables disagree): read
				 * both again */
				if (attempt == XDB_REOPEN_TRIES - 1)
					throw;
			}
		}
	});
}

/*
 * The fatal hook (xdb.h): set while a writer changes the database, so that
 * a terminate from inside Xapian's write path still ends in one error line.
 */
static xdb_fatal_fn fatal_hook;
static void *fatal_user;
static std::terminate_handler prev_terminate;

[[noreturn]] static void on_terminate()
{
	struct ds_err err = DS_ERR_INIT;
	int saved = errno;
	std::exception_ptr ex = std::current_exception();
	if (fatal_hook && ex) {
		guard(&err, [&]() -> int { std::rethrow_exception(ex); });
		fatal_hook(fatal_user, &err);
	} else if (fatal_hook) {
		/* Xapian's write path may also end in std::terminate with no
		 * exception in flight (seen on a full tmpfs): the last failed
		 * call's errno is all that says why */
		if (saved == ENOSPC || saved == EDQUOT)
			ds_err_set(&err, DS_ENOSPC, "no space left on device "
				   "(Xapian stopped the write)");
		else
			ds_err_set(&err, DS_EINTERNAL, "Xapian stopped the "
				   "write with no error to report (%s)",
				   strerror(saved));
		fatal_hook(fatal_user, &err);
	}
	if (prev_terminate)
		prev_terminate();
	std::abort();
}

extern "C" void xdb_set_fatal_hook(xdb_fatal_fn hook, void *user)
{
	fatal_hook = hook;
	fatal_user = user;
	std::terminate_handler was = std::set_terminate(on_terminate);
	if (was != on_terminate)
		prev_terminate = was;
}

/* The bytes of the files in folder `dir` (a database's: no subfolder). */
static uint64_t folder_bytes(const std::string &dir)
{
	uint64_t n = 0;
	DIR *d = opendir(dir.c_str());
	if (!d)
		return 0;
	while (struct dirent *e = readdir(d)) {
		struct stat st;
		std::string f = dir + "/" + e->d_name;
		if (e->d_name[0] != '.' && !stat(f.c_str(), &st) &&
		    S_ISREG(st.st_mode))
			n += (uint64_t)st.st_size;
	}
	closedir(d);
	return n;
}

/*
 * Remove folder `dir` and its files, if it exists: a database's folder is
 * flat, so a subfolder means it is not one (DS_EIO, nothing removed).
 */
static int remove_folder(const std::string &dir, struct ds_err *err)
{
	DIR *d = opendir(dir.c_str());
	if (!d)
		return errno == ENOENT ? 0 :
		       ds_err_set(err, DS_EIO, "cannot read '%s': %s",
				  dir.c_str(), strerror(errno));
	std::vector<std::string> files;
	bool flat = true;
	while (struct dirent *e = readdir(d)) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		struct stat st;
		std::string f = dir + "/" + e->d_name;
		if (lstat(f.c_str(), &st) || !S_ISREG(st.st_mode))
			flat = false;
		files.push_back(f);
	}
	closedir(d);
	if (!flat)
		return ds_err_set(err, DS_EIO, "'%s' is not a database's "
				  "folder: left as it is", dir.c_str());
	for (const std::string &f : files)
		if (unlink(f.c_str()) && errno != ENOENT)
			return ds_err_set(err, DS_EIO, "cannot remove '%s': %s",
					  f.c_str(), strerror(errno));
	if (rmdir(dir.c_str()) && errno != ENOENT)
		return ds_err_set(err, DS_EIO, "cannot remove '%s': %s",
				  dir.c_str(), strerror(errno));
	return 0;
}

/* Make a rename in folder `dir` durable. */
static void sync_folder(const std::string &dir)
{
	int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd >= 0) {
		(void)fsync(fd);
		close(fd);
	}
}

extern "C" int xdb_compact(const char *path, uint64_t *before,
			   uint64_t *after, struct ds_err *err)
{
	*before = *after = 0;
	return guard(err, [&] {
		std::string src(path), copy = src + XDB_COMPACT_SUFFIX;
		/* the write lock, held until the swap is done: no batch
		 * commits meanwhile, so the copy is the latest revision */
		Xapian::WritableDatabase lock(src, Xapian::DB_OPEN);
		int rc = remove_folder(copy, err);
		if (rc)
			return rc;
		*before = folder_bytes(src);
		Xapian::Database(src).compact(
			copy, Xapian::Compactor::FULL |
				      Xapian::DBCOMPACT_NO_RENUMBER);
		/* one step: the path names the old database or the new,
		 * whole (Linux's RENAME_EXCHANGE) */
		if (renameat2(AT_FDCWD, copy.c_str(), AT_FDCWD, src.c_str(),
			      RENAME_EXCHANGE)) {
			int e = errno;
			(void)remove_folder(copy, NULL);
			return ds_err_set(err, DS_EIO, "cannot put the compacted "
					  "'%s' in place: %s", src.c_str(),
					  strerror(e));
		}
		std::string parent = src.find('/') == std::string::npos ?
				     "." : src.substr(0, src.rfind('/') + 1);
		sync_folder(parent);
		/* the old database, under the copy's name now; its lock
		 * goes with the handle */
		lock.close();
		*after = folder_bytes(src);
		return remove_folder(copy, err);
	});
}

extern "C" int xdb_begin(xdb *db, struct ds_err *err)
{
	if (check_writer(db, err))
		return DS_EINVAL;
	int rc = quiet(db, err);
	if (rc)
		return rc;
	return guard(err, [&] {
		for (Xapian::WritableDatabase &w : db->w)
			w.begin_transaction(true);
		db->in_txn = true;
		return 0;
	});
}

extern "C" int xdb_commit(xdb *db, struct ds_err *err)
{
	if (check_writer(db, err))
		return DS_EINVAL;
	/* a put that failed fails the commit: the batch is not whole */
	int rc = quiet(db, err);
	if (rc)
		return rc;
	return guard(err, [&] {
		/* shard by shard: a crash between two leaves them at
		 * different batches, which the writer's repair sees
		 * (writer.h) */
		bool txn = db->in_txn;
		db->in_txn = false;
		for (Xapian::WritableDatabase &w : db->w)
			if (txn)
				w.commit_transaction();
			else
				w.commit();
		/* the last commit is reopened at the next lookup: the
		 * commit is done whatever reopening throws */
		if (db->async)
			batch_over(db);
		return 0;
	});
}

extern "C" int xdb_cancel(xdb *db, struct ds_err *err)
{
	if (check_writer(db, err))
		return DS_EINVAL;
	/* the threads done, a failed put forgotten: the batch goes */
	struct ds_err ignored = DS_ERR_INIT;
	(void)quiet(db, &ignored);
	for (std::unique_ptr<shard_thread> &p : db->threads) {
		p->failed = false;
		p->err = DS_ERR_INIT;
	}
	batch_over(db);
	return guard(err, [&] {
		if (db->in_txn) {
			db->in_txn = false;
			for (Xapian::WritableDatabase &w : db->w)
				w.cancel_transaction();
		}
		return 0;
	});
}

extern "C" int xdb_doc_count(xdb *db, uint64_t *out, struct ds_err *err)
{
	*out = 0;
	int rc = quiet(db, err);
	if (rc)
		return rc;
	return guard(err, [&] {
		*out = db->db.get_doccount();
		return 0;
	});
}

extern "C" int xdb_term_freq(xdb *db, const char *term, size_t len,
			     uint64_t *out, struct ds_err *err)
{
	*out = 0;
	return guard(err, [&] {
		std::vector<std::string> t{std::string(term, len)};
		Xapian::Database *v;
		bool with_batch;
		int rc = lookup_view(db, t, &v, &with_batch, err);
		if (rc)
			return rc;
		if (with_batch) {
			std::vector<view_doc> docs;
			batch_view(db, t[0], docs);
			*out = docs.size();
		} else {
			*out = v->get_termfreq(t[0]);
		}
		return 0;
	});
}

extern "C" int xdb_set_metadata(xdb *db, const char *key, const char *value,
				struct ds_err *err)
{
	if (check_writer(db, err))
		return DS_EINVAL;
	int rc = quiet(db, err);
	if (rc)
		return rc;
	return guard(err, [&] {
		for (Xapian::WritableDatabase &w : db->w)
			w.set_metadata(key, value);
		return 0;
	});
}

extern "C" int xdb_get_metadata(xdb *db, const char *key, struct buf *value,
				struct ds_err *err)
{
	buf_reset(value);
	int rc = quiet(db, err);
	if (rc)
		return rc;
	return guard(err, [&] {
		std::string v = db->db.get_metadata(key);
		buf_add(value, v.data(), v.size());
		return 0;
	});
}

extern "C" xdb_doc *xdb_doc_new(void)
{
	xdb_doc *doc = NULL;
	struct ds_err e = DS_ERR_INIT;
	if (guard(&e, [&] { doc = new xdb_doc(); return 0; }))
		xalloc_fail(sizeof(xdb_doc));  /* only bad_alloc: the
						  project's policy is to
						  abort on OOM */
	return doc;
}

extern "C" void xdb_doc_free(xdb_doc *doc)
{
	delete doc;
}

extern "C" int xdb_doc_add_posting(xdb_doc *doc, const char *term, size_t len,
				   uint32_t pos, uint32_t wdf_inc,
				   struct ds_err *err)
{
	if (check_term(len, err))
		return DS_EINVAL;
	return guard(err, [&] {
		doc->doc.add_posting(std::string(term, len), pos, wdf_inc);
		return 0;
	});
}

extern "C" int xdb_doc_add_term(xdb_doc *doc, const char *term, size_t len,
				uint32_t wdf_inc, struct ds_err *err)
{
	if (check_term(len, err))
		return DS_EINVAL;
	return guard(err, [&] {
		doc->doc.add_term(std::string(term, len), wdf_inc);
		return 0;
	});
}

extern "C" int xdb_doc_add_boolean(xdb_doc *doc, const char *term, size_t len,
				   struct ds_err *err)
{
	if (check_term(len, err))
		return DS_EINVAL;
	return guard(err, [&] {
		doc->doc.add_boolean_term(std::string(term, len));
		return 0;
	});
}

extern "C" int xdb_doc_set_value(xdb_doc *doc, unsigned slot, const char *v,
				 size_t len, struct ds_err *err)
{
	return guard(err, [&] {
		doc->doc.add_value(slot, std::string(v, len));
		return 0;
	});
}

extern "C" size_t xdb_sortable(double v, char out[XDB_SORTABLE_MAX])
{
	/* sortable_serialise writes at most 18 bytes and does not throw */
	return Xapian::sortable_serialise_(v, out);
}

extern "C" double xdb_unsortable(const char *s, size_t len)
{
	double v = 0;
	struct ds_err e = DS_ERR_INIT;
	guard(&e, [&] {
		v = Xapian::sortable_unserialise(std::string(s, len));
		return 0;
	});
	return v;
}

extern "C" int xdb_doc_set_data(xdb_doc *doc, const char *data, size_t len,
				struct ds_err *err)
{
	return guard(err, [&] {
		doc->doc.set_data(std::string(data, len));
		return 0;
	});
}

/*
 * The shard a document goes to: the one that holds it already (so a shard
 * added later changes no story's place), else by the FNV-1a hash of its
 * id term.
 */
static size_t shard_of(xdb *db, const std::string &id)
{
	size_t n = db->w.size();
	if (n == 1)
		return 0;
	if (async_now(db)) {
		/* the shards as written are the last commit plus the open
		 * batch's puts, less its deletions */
		auto put = db->bdoc_of.find(id);
		if (put != db->bdoc_of.end())
			return (db->bdocs[put->second].did - 1) % n;
		if (!db->batch_deleted.count(id)) {
			last_commit(db);
			for (size_t k = 0; k < n; k++)
				if (db->committed_parts[k].term_exists(id))
					return k;
		}
	} else {
		for (size_t k = 0; k < n; k++)
			if (db->w[k].term_exists(id))
				return k;
	}
	uint64_t h = 14695981039346656037ULL;
	for (unsigned char c : id)
		h = (h ^ c) * 1099511628211ULL;
	return (size_t)(h % n);
}

extern "C" int xdb_replace(xdb *db, const char *idterm, size_t idlen,
			   xdb_doc *doc, struct ds_err *err)
{
	if (check_writer(db, err) || check_term(idlen, err))
		return DS_EINVAL;
	return guard(err, [&] {
		std::string id(idterm, idlen);
		/* replace_document() finds the old version by this term, so the
		 * new version must carry it too, or the next replace duplicates */
		doc->doc.add_boolean_term(id);
		if (!async_now(db)) {
			int rc = quiet(db, err);
			if (rc)
				return rc;
			db->w[shard_of(db, id)].replace_document(id, doc->doc);
			return 0;
		}
		size_t k = shard_of(db, id);
		shard_thread &s = *db->threads[k];
		{
			std::lock_guard<std::mutex> lk(s.m);
			if (s.failed)
				return ds_err_set(err, s.err.code, "%s", s.err.msg);
		}
		/* its docid as writing in line gives it: a replaced
		 * document keeps its own (in its shard), a new one takes its
		 * shard's next */
		size_t n = db->w.size();
		Xapian::docid did;
		auto cur = db->bdoc_of.find(id);
		if (cur != db->bdoc_of.end()) {
			did = db->bdocs[cur->second].did;
		} else if ((did = committed_in(db, k, id))) {
			db->touched.insert(did);
		} else {
			did = (db->next_new[k]++ - 1) * n + k + 1;
		}
		batch_record(db, id, did, doc->doc);
		std::unique_lock<std::mutex> lk(s.m);
		s.cv.wait(lk, [&] { return s.q.size() < XDB_QUEUE_MAX; });
		/* the document moves to the thread: the caller's handle is
		 * left empty, so no reference to it is shared */
		s.q.push_back(put_job{std::move(id), std::move(doc->doc)});
		doc->doc = Xapian::Document();
		s.cv.notify_all();
		return 0;
	});
}

extern "C" int xdb_edit_doc(xdb *db, const char *idterm, size_t idlen,
			    const struct xdb_edit *e, struct ds_err *err)
{
	if (check_writer(db, err) || check_term(idlen, err))
		return DS_EINVAL;
	for (size_t i = 0; i < e->nterms; i++)
		if (check_term(strlen(e->terms[i]), err))
			return DS_EINVAL;
	int rc = quiet(db, err);
	if (rc)
		return rc;
	return guard(err, [&] {
		std::string id(idterm, idlen);
		size_t k = shard_of(db, id);
		Xapian::WritableDatabase &w = db->w[k];
		Xapian::PostingIterator p = w.postlist_begin(id);
		if (p == w.postlist_end(id))
			return ds_err_set(err, DS_ENOTFOUND, "no document '%.*s'",
					  (int)idlen, idterm);
		Xapian::docid did = *p;
		Xapian::Document doc = w.get_document(did);
		for (size_t i = 0; i < e->nvalues; i++)
			doc.add_value(e->slots[i], e->values[i]);
		if (e->drop_prefix && *e->drop_prefix) {
			std::vector<std::string> drop;
			Xapian::TermIterator t = doc.termlist_begin();
			for (t.skip_to(e->drop_prefix);
			     t != doc.termlist_end() &&
			     (*t).compare(0, strlen(e->drop_prefix),
					  e->drop_prefix) == 0; ++t)
				drop.push_back(*t);
			for (const std::string &d : drop)
				doc.remove_term(d);
		}
		for (size_t i = 0; i < e->nterms; i++)
			doc.add_boolean_term(e->terms[i]);
		if (e->data)
			doc.set_data(std::string(e->data, e->data_len));
		w.replace_document(did, doc);
		if (async_now(db)) {
			Xapian::docid view = (did - 1) * db->w.size() + k + 1;
			if (!db->bdoc_of.count(id))
				db->touched.insert(view);
			batch_record(db, id, view, doc);
		}
		return 0;
	});
}

extern "C" int xdb_delete(xdb *db, const char *idterm, size_t idlen,
			  struct ds_err *err)
{
	if (check_writer(db, err) || check_term(idlen, err))
		return DS_EINVAL;
	int rc = quiet(db, err);
	if (rc)
		return rc;
	return guard(err, [&] {
		std::string id(idterm, idlen);
		bool found = false;
		if (async_now(db)) {
			/* every committed copy, in whichever shard */
			if (!db->batch_deleted.count(id)) {
				Xapian::Database &c = last_commit(db);
				for (Xapian::PostingIterator p = c.postlist_begin(id);
				     p != c.postlist_end(id); ++p)
					db->touched.insert(*p);
			}
			db->bdoc_of.erase(id);
			db->batch_deleted.insert(id);
		}
		for (Xapian::WritableDatabase &w : db->w)
			if (w.term_exists(id)) {
				w.delete_document(id);
				found = true;
			}
		if (!found)
			return ds_err_set(err, DS_ENOTFOUND, "no document '%.*s'",
					  (int)idlen, idterm);
		return 0;
	});
}

/* The document indexed by a unique term, or DS_ENOTFOUND.  A writer's
 * lookup between puts reads the last commit, unless the open batch put,
 * edited or deleted the document. */
static int lookup(xdb *db, const char *idterm, size_t idlen,
		  Xapian::Document &doc, Xapian::docid &did, struct ds_err *err)
{
	std::string id(idterm, idlen);
	Xapian::Database *v = &db->db;
	if (db->async && !async_now(db)) {
		int rc = settle(db, err);
		if (rc)
			return rc;
	} else if (db->async) {
		if (db->bdoc_of.count(id) || db->batch_deleted.count(id)) {
			int rc = settle(db, err);
			if (rc)
				return rc;
		} else {
			v = &last_commit(db);
		}
	}
	Xapian::PostingIterator p = v->postlist_begin(id);
	if (p == v->postlist_end(id))
		return ds_err_set(err, DS_ENOTFOUND, "no document '%.*s'",
				  (int)idlen, idterm);
	did = *p;
	doc = v->get_document(did);
	return 0;
}

extern "C" int xdb_get_data(xdb *db, const char *idterm, size_t idlen,
			    struct buf *out, struct ds_err *err)
{
	buf_reset(out);
	return guard(err, [&] {
		Xapian::Document doc;
		Xapian::docid did;
		int rc = lookup(db, idterm, idlen, doc, did, err);
		if (rc)
			return rc;
		std::string d = doc.get_data();
		buf_add(out, d.data(), d.size());
		return 0;
	});
}

extern "C" int xdb_get_value(xdb *db, const char *idterm, size_t idlen,
			     unsigned slot, struct buf *out, struct ds_err *err)
{
	buf_reset(out);
	return guard(err, [&] {
		Xapian::Document doc;
		Xapian::docid did;
		int rc = lookup(db, idterm, idlen, doc, did, err);
		if (rc)
			return rc;
		std::string v = doc.get_value(slot);
		buf_add(out, v.data(), v.size());
		return 0;
	});
}

extern "C" int xdb_value_bounds(xdb *db, unsigned slot, struct buf *lo,
				struct buf *hi, struct ds_err *err)
{
	buf_reset(lo);
	buf_reset(hi);
	int rc0 = quiet(db, err);
	if (rc0)
		return rc0;
	return guard(err, [&] {
		/* the slot's statistics: no document is read */
		std::string l = db->db.get_value_lower_bound(slot);
		std::string h = db->db.get_value_upper_bound(slot);
		buf_add(lo, l.data(), l.size());
		buf_add(hi, h.data(), h.size());
		return 0;
	});
}

extern "C" int xdb_get_doclen(xdb *db, const char *idterm, size_t idlen,
			      uint64_t *out, struct ds_err *err)
{
	*out = 0;
	int rc0 = quiet(db, err);
	if (rc0)
		return rc0;
	return guard(err, [&] {
		Xapian::Document doc;
		Xapian::docid did;
		int rc = lookup(db, idterm, idlen, doc, did, err);
		if (rc)
			return rc;
		*out = db->db.get_doclength(did);
		return 0;
	});
}

extern "C" int xdb_dump_terms(xdb *db, const char *idterm, size_t idlen,
			      struct buf *out, struct ds_err *err)
{
	buf_reset(out);
	int rc0 = quiet(db, err);
	if (rc0)
		return rc0;
	return guard(err, [&] {
		Xapian::Document doc;
		Xapian::docid did;
		int rc = lookup(db, idterm, idlen, doc, did, err);
		if (rc)
			return rc;
		for (Xapian::TermIterator t = doc.termlist_begin();
		     t != doc.termlist_end(); ++t) {
			std::string term = *t;
			if (t.positionlist_count() == 0) {
				buf_add(out, term.data(), term.size());
				buf_addch(out, '\n');
				continue;
			}
			for (Xapian::PositionIterator p = t.positionlist_begin();
			     p != t.positionlist_end(); ++p) {
				buf_add(out, term.data(), term.size());
				buf_addf(out, " %u\n", (unsigned)*p);
			}
		}
		return 0;
	});
}

extern "C" int xdb_terms_new(xdb *db, const char *prefix, size_t len,
			     xdb_terms **out, struct ds_err *err)
{
	*out = NULL;
	return guard(err, [&] {
		xdb_terms *it = new xdb_terms();
		it->owner = db;
		it->prefix.assign(prefix, len);
		it->started = false;
		*out = it;
		return 0;
	});
}

extern "C" int xdb_terms_next(xdb_terms *it, const char **term, size_t *len,
			      struct ds_err *err)
{
	*term = NULL;
	*len = 0;
	int rc0 = quiet(it->owner, err);
	if (rc0)
		return rc0;
	return guard(err, [&] {
		if (!it->started) {
			it->it = it->owner->db.allterms_begin(it->prefix);
			it->end = it->owner->db.allterms_end(it->prefix);
			it->started = true;
		} else if (it->it != it->end) {
			++it->it;
		}
		if (it->it == it->end)
			return 0;
		it->cur = *it->it;
		*term = it->cur.c_str();
		*len = it->cur.size();
		return 1;
	});
}

extern "C" void xdb_terms_free(xdb_terms *it)
{
	/* its iterators hold references to the shards */
	struct ds_err ignored = DS_ERR_INIT;
	if (it)
		(void)quiet(it->owner, &ignored);
	delete it;
}

/* ---- queries ---------------------------------------------------------- */

/*
 * Construct without letting anything escape: a query holding what f()
 * built, or the error it threw; NULL only when the handle itself cannot be
 * allocated.
 */
template <typename F> static xdb_query *make(F &&f)
{
	xdb_query *q = new (std::nothrow) xdb_query();
	if (q)
		guard(&q->err, [&] { q->q = f(); return 0; });
	return q;
}

/*
 * q's query replaced by what f() builds from it, or, if f() throws, q
 * carrying the error.  A q that carries one already is left as it is.
 */
template <typename F> static xdb_query *rebuild(xdb_query *q, F &&f)
{
	if (q && !q->err.code &&
	    guard(&q->err, [&] { q->q = f(); return 0; }))
		q->q = Xapian::Query();
	return q;
}

extern "C" xdb_query *xdb_q_term(const char *term, size_t len, int boolean)
{
	if (!term)
		return NULL;
	return make([&] {
		Xapian::Query t(std::string(term, len));
		return boolean ? Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
					       t, 0) : t;
	});
}

extern "C" xdb_query *xdb_q_phrase(const char *const *terms,
				   const size_t *lens, size_t n)
{
	return make([&] {
		std::vector<Xapian::Query> v;
		for (size_t i = 0; i < n; i++)
			v.emplace_back(std::string(terms[i], lens[i]));
		return Xapian::Query(Xapian::Query::OP_PHRASE, v.begin(),
				     v.end(), (Xapian::termcount)n);
	});
}

extern "C" xdb_query *xdb_q_wildcard(const char *prefix, size_t len,
				     unsigned limit)
{
	return make([&] {
		return Xapian::Query(Xapian::Query::OP_WILDCARD,
				     std::string(prefix, len), limit,
				     Xapian::Query::WILDCARD_LIMIT_ERROR);
	});
}

extern "C" xdb_query *xdb_q_range(unsigned slot, const char *lo,
				  size_t lolen, const char *hi, size_t hilen)
{
	return make([&] {
		if (lo && hi)
			return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot,
					     std::string(lo, lolen),
					     std::string(hi, hilen));
		if (lo)
			return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot,
					     std::string(lo, lolen));
		if (hi)
			return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot,
					     std::string(hi, hilen));
		return Xapian::Query::MatchAll;
	});
}

extern "C" xdb_query *xdb_q_all(void)
{
	return make([] { return Xapian::Query::MatchAll; });
}

extern "C" xdb_query *xdb_q_combine(enum xdb_qop op, xdb_query *a,
				    xdb_query *b)
{
	std::unique_ptr<xdb_query> ua(a), ub(b);
	if (!a || !b)
		return NULL;
	if (b->err.code && !a->err.code)
		return ub.release();            /* the first error wins */
	/* an op xdb.h does not name: Xapian refuses it, and says so */
	Xapian::Query::op x = op == XDB_AND ? Xapian::Query::OP_AND :
			      op == XDB_OR ? Xapian::Query::OP_OR :
			      op == XDB_AND_NOT ? Xapian::Query::OP_AND_NOT :
			      op == XDB_FILTER ? Xapian::Query::OP_FILTER :
			      op == XDB_AND_MAYBE ? Xapian::Query::OP_AND_MAYBE :
						 Xapian::Query::OP_INVALID;
	return rebuild(ua.release(), [&] {
		return Xapian::Query(x, a->q, b->q);
	});
}

extern "C" xdb_query *xdb_q_filter(xdb_query *q)
{
	return rebuild(q, [&] {
		return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q->q, 0);
	});
}

extern "C" int xdb_q_error(const xdb_query *q, struct ds_err *err)
{
	if (!q)
		return ds_err_set(err, DS_ENOMEM, NULL);
	if (q->err.code)
		return ds_err_set(err, q->err.code, "%s", q->err.msg);
	return 0;
}

extern "C" void xdb_q_free(xdb_query *q)
{
	delete q;
}

extern "C" void xdb_q_describe(const xdb_query *q, struct buf *out)
{
	buf_reset(out);
	if (q && q->err.code) {
		buf_addf(out, "error: %s", q->err.msg);
		return;
	}
	struct ds_err e = DS_ERR_INIT;
	if (!q || guard(&e, [&] {
		std::string d = q->q.get_description();
		buf_add(out, d.data(), d.size());
		return 0;
	}))
		buf_addstr(out, "?");
}

extern "C" int xdb_has_term(xdb *db, const char *term, size_t len, int *out,
			    struct ds_err *err)
{
	uint64_t n = 0;
	int rc = xdb_term_freq(db, term, len, &n, err);
	*out = n > 0;
	return rc;
}

extern "C" void xdb_result_release(struct xdb_result *r)
{
	for (size_t i = 0; i < r->nhits; i++) {
		free(r->hits[i].data);
		free(r->hits[i].key);
		if (r->hits[i].values)
			for (size_t k = 0; k < r->nvalues; k++)
				free(r->hits[i].values[k].v);
		free(r->hits[i].values);
	}
	free(r->hits);
	if (r->facets) {
		for (size_t f = 0; r->nfacet && r->facets[f]; f++) {
			for (size_t k = 0; k < r->nfacet[f]; k++)
				free(r->facets[f][k].value);
			free(r->facets[f]);
		}
		free(r->facets);
	}
	free(r->nfacet);
	memset(r, 0, sizeof(*r));
}

/*
 * A result being filled: every array is in `r` (counted) as soon as it is
 * allocated, so whatever throws halfway, the destructor frees all of it.
 */
struct result_hold {
	struct xdb_result *r;
	~result_hold()
	{
		if (r)
			xdb_result_release(r);
	}
	void hand_over() { r = NULL; }
};

/* Copy the values a spy counted into facet f of r. */
static void copy_facet(const Xapian::ValueCountMatchSpy &spy, size_t f,
		       struct xdb_result *r)
{
	size_t cap = 16;
	r->facets[f] = (struct xdb_value_count *)xcalloc(cap,
							 sizeof(**r->facets));
	for (Xapian::TermIterator t = spy.values_begin();
	     t != spy.values_end(); ++t) {
		/* what may throw first, then what is owned */
		std::string val = *t;
		Xapian::doccount count = t.get_termfreq();
		size_t n = r->nfacet[f];
		if (n == cap) {
			cap *= 2;
			r->facets[f] = (struct xdb_value_count *)xrealloc(
				r->facets[f], cap * sizeof(**r->facets));
		}
		struct xdb_value_count *v = &r->facets[f][n];
		v->value = xstrndup(val.data(), val.size());
		v->len = val.size();
		v->count = count;
		r->nfacet[f] = n + 1;
	}
}


/* The documents term t indexes on view v, with the batch's when asked
 * (batch_view()); appended to out (unsorted). */
static void docs_of(xdb *db, Xapian::Database &v, bool with_batch,
		    const std::string &t, std::vector<view_doc> &out)
{
	if (with_batch) {
		batch_view(db, t, out);
		return;
	}
	for (Xapian::PostingIterator p = v.postlist_begin(t);
	     p != v.postlist_end(t); ++p)
		out.push_back({*p, NULL});
}

/* Hit h's values in `slots` for document d of view v. */
static void view_fill(Xapian::Database &v, const view_doc &d,
		      const unsigned *slots, size_t nslots, struct xdb_hit *h)
{
	h->values = (struct xdb_hit_value *)xcalloc(nslots ? nslots : 1,
						    sizeof(*h->values));
	Xapian::Document doc;
	if (!d.rec)
		doc = v.get_document(d.did, Xapian::DOC_ASSUME_VALID);
	for (size_t k = 0; k < nslots; k++) {
		std::string val;
		if (d.rec) {
			const std::string *bv = batch_value(*d.rec, slots[k]);
			if (bv)
				val = *bv;
		} else {
			val = doc.get_value(slots[k]);
		}
		if (val.empty())
			continue;
		h->values[k].v = xstrndup(val.data(), val.size());
		h->values[k].len = val.size();
	}
}

extern "C" int xdb_term_docs(xdb *db, const char *term, size_t len,
			     const unsigned *slots, size_t nslots,
			     unsigned limit, struct xdb_result *r,
			     struct ds_err *err)
{
	memset(r, 0, sizeof(*r));
	return guard(err, [&] {
		std::vector<std::string> t{std::string(term, len)};
		Xapian::Database *v;
		bool with_batch;
		int rc = lookup_view(db, t, &v, &with_batch, err);
		if (rc)
			return rc;
		result_hold hold{r};
		std::vector<view_doc> docs;
		if (with_batch) {
			docs_of(db, *v, true, t[0], docs);
			std::sort(docs.begin(), docs.end());
			r->total = docs.size();
		} else {
			/* the first `limit` of the list, and its length */
			r->total = v->get_termfreq(t[0]);
			for (Xapian::PostingIterator p = v->postlist_begin(t[0]);
			     p != v->postlist_end(t[0]) && docs.size() < limit;
			     ++p)
				docs.push_back({*p, NULL});
		}
		size_t n = docs.size() < limit ? docs.size() : limit;
		r->hits = (struct xdb_hit *)xcalloc(n ? n : 1, sizeof(*r->hits));
		r->nvalues = nslots;
		for (size_t i = 0; i < n; i++)
			view_fill(*v, docs[i], slots, nslots, &r->hits[r->nhits++]);
		hold.hand_over();
		return 0;
	});
}

/* A match of xdb_recent_docs(): its date and document, newest first. */
struct recent {
	std::string date;
	view_doc d;
	bool operator<(const recent &o) const
	{
		return date != o.date ? date > o.date : d.did < o.d.did;
	}
};

extern "C" int xdb_recent_docs(xdb *db, const struct xdb_recent *q,
			       struct xdb_result *r, struct ds_err *err)
{
	memset(r, 0, sizeof(*r));
	return guard(err, [&] {
		std::vector<std::string> terms;
		for (size_t i = 0; i < q->nterms; i++)
			if (q->lens[i] <= XDB_MAX_TERM)
				terms.emplace_back(q->terms[i], q->lens[i]);
		Xapian::Database *v;
		bool with_batch;
		std::vector<std::string> asked = terms;
		if (q->skip)
			asked.emplace_back(q->skip, q->skiplen);
		int rc = lookup_view(db, asked, &v, &with_batch, err);
		if (rc)
			return rc;
		result_hold hold{r};
		std::vector<view_doc> docs, skip;
		for (const std::string &t : terms)
			docs_of(db, *v, with_batch, t, docs);
		std::sort(docs.begin(), docs.end());
		docs.erase(std::unique(docs.begin(), docs.end(),
				       [](const view_doc &a, const view_doc &b) {
					       return a.did == b.did;
				       }),
			   docs.end());
		if (q->skip)
			docs_of(db, *v, with_batch,
				std::string(q->skip, q->skiplen), skip);
		std::vector<recent> found;
		found.reserve(docs.size());
		for (const view_doc &d : docs) {
			bool skipped = false;
			for (const view_doc &k : skip)
				skipped |= k.did == d.did;
			if (skipped)
				continue;
			std::string date;
			if (d.rec) {
				const std::string *bv =
					batch_value(*d.rec, q->date_slot);
				if (bv)
					date = *bv;
			} else {
				/* from a posting list: it exists */
				date = v->get_document(d.did,
						       Xapian::DOC_ASSUME_VALID)
					       .get_value(q->date_slot);
			}
			if ((q->lo && (date.empty() || date < q->lo)) ||
			    (q->hi && date > q->hi))
				continue;
			found.push_back({std::move(date), d});
		}
		std::sort(found.begin(), found.end());
		size_t n = found.size() < q->limit ? found.size() : q->limit;
		r->hits = (struct xdb_hit *)xcalloc(n ? n : 1, sizeof(*r->hits));
		r->nvalues = q->nslots;
		for (size_t i = 0; i < n; i++)
			view_fill(*v, found[i].d, q->slots, q->nslots,
				  &r->hits[r->nhits++]);
		r->total = r->uncollapsed = r->counted = found.size();
		hold.hand_over();
		return 0;
	});
}

/* The search itself; throws what Xapian throws. */
/* Spies for the facet slots (and the collapse key), added to enq. */
static void add_spies(Xapian::Enquire &enq, const struct xdb_search_opts *o,
		      std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>>
		      &spies, std::unique_ptr<Xapian::ValueCountMatchSpy> &keys)
{
	if (o->collapse) {
		keys.reset(new Xapian::ValueCountMatchSpy(o->collapse_slot));
		enq.add_matchspy(keys.get());
	}
	for (size_t f = 0; f < o->nfacets; f++) {
		std::unique_ptr<Xapian::ValueCountMatchSpy> spy(
			new Xapian::ValueCountMatchSpy(o->facet_slots[f]));
		enq.add_matchspy(spy.get());
		spies.push_back(std::move(spy));
	}
}

/* Hit h's data and values from its document (as xdb_search_opts asks). */
static void hit_fill(const Xapian::Document &doc,
		     const struct xdb_search_opts *o, struct xdb_hit *h)
{
	if (!o->no_data) {
		std::string d = doc.get_data();
		h->data = xstrndup(d.data(), d.size());
	}
	if (!o->nvalues)
		return;
	h->values = (struct xdb_hit_value *)xcalloc(o->nvalues,
						    sizeof(*h->values));
	for (size_t k = 0; k < o->nvalues; k++) {
		std::string v = doc.get_value(o->value_slots[k]);
		if (v.empty())
			continue;
		h->values[k].v = xstrndup(v.data(), v.size());
		h->values[k].len = v.size();
	}
}

/*
 * The hits' documents (dids[i] is hits[i]'s docid in the view).  On
 * remote shards each document is a round trip (Xapian 1.4's remote
 * backend reads one at a time): the shards are asked at once, a thread
 * a shard, each asking for its own hits; what one throws is thrown here,
 * after all have stopped.  Local shards are read in line.
 */
static void hit_documents(xdb *db, const std::vector<Xapian::docid> &dids,
			  const struct xdb_search_opts *o,
			  struct xdb_hit *hits)
{
	size_t n = db->parts.size();
	if (db->nremote < 2 || n < 2 || dids.size() < 2) {
		for (size_t i = 0; i < dids.size(); i++)
			hit_fill(db->db.get_document(dids[i]), o, &hits[i]);
		return;
	}
	std::vector<std::vector<size_t>> mine(n);
	for (size_t i = 0; i < dids.size(); i++)
		mine[(dids[i] - 1) % n].push_back(i);
	std::vector<std::exception_ptr> failed(n);
	std::vector<std::thread> threads;
	auto fetch = [&](size_t k) {
		try {
			for (size_t i : mine[k])
				hit_fill(db->parts[k].get_document(
						 (dids[i] - 1) / n + 1),
					 o, &hits[i]);
		} catch (...) {
			failed[k] = std::current_exception();
		}
	};
	size_t first = n;   /* the main thread's own shard */
	for (size_t k = 0; k < n; k++) {
		if (mine[k].empty())
			continue;
		if (first == n) {
			first = k;
			continue;
		}
		threads.emplace_back(fetch, k);
	}
	if (first < n)
		fetch(first);
	for (std::thread &t : threads)
		t.join();
	for (std::exception_ptr &e : failed)
		if (e)
			std::rethrow_exception(e);
}

/*
 * How many of the sample buckets (or of the first bucket's parts) make
 * about o->count_max matches, c0 of them in the first: a power of two
 * (the one nearest the ratio, so the sample holds count_max / 1.4 to
 * count_max * 1.4 matches), so that the sample is one term's posting
 * list (sample_rest(), fine_parts()); at most `most`, all of them.
 */
static unsigned sample_size(const struct xdb_search_opts *o,
			    Xapian::doccount c0, unsigned most)
{
	unsigned b = 1;
	while (b < most &&
	       (double)b * c0 * std::sqrt(2.0) < (double)o->count_max)
		b *= 2;
	return b;
}

/* The documents of sample buckets 1 to b - 1 (1 < b < all), the first
 * bucket's being counted apart: one term but the first bucket's when
 * every document has its level terms, else an OR of b - 1 buckets. */
static Xapian::Query sample_rest(Xapian::Database &view,
				 const struct xdb_search_opts *o, unsigned b)
{
	char t[64];
	std::vector<Xapian::Query> terms;
	for (unsigned k = 0; k < b; k++) {
		snprintf(t, sizeof(t), "%s%02x", o->sample_prefix, k);
		terms.push_back(Xapian::Query(t));
	}
	Xapian::Query rest(Xapian::Query::OP_OR, terms.begin() + 1,
			   terms.end());
	if (!o->sample_first_prefix)
		return rest;
	snprintf(t, sizeof(t), "%s%u", o->sample_first_prefix, b);
	Xapian::Query level(t);
	/* the terms' frequencies, from the statistics alone (no match
	 * visited; one exchange a remote shard): an index made before the
	 * level terms, or one where only the newer stories have them, does
	 * not count them as every bucket's */
	Xapian::Enquire stats(view);
	stats.set_query(Xapian::Query(Xapian::Query::OP_OR, level, rest) |
			terms[0]);
	Xapian::MSet ms = stats.get_mset(0, 0, Xapian::doccount(0));
	Xapian::doccount in_buckets = 0;
	for (const Xapian::Query &q : terms)
		in_buckets += ms.get_termfreq(*q.get_terms_begin());
	if (ms.get_termfreq(t) != in_buckets)
		return rest;
	return Xapian::Query(Xapian::Query::OP_AND_NOT, level, terms[0]);
}

/* Whether more than n documents match q: a pass that counts up to n + 1
 * and stops (no weights, no order, no hits: cheap where matches are
 * dense), its lower bound exact up to there. */
static bool more_than(Xapian::Database &view, const Xapian::Query &q,
		      Xapian::doccount n)
{
	Xapian::Enquire over(view);
	over.set_query(Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q, 0.0));
	return over.get_mset(0, 0, n + 1).get_matches_lower_bound() > n;
}

/* Whether the counts of a search on `docs` documents may be a sample:
 * more than count_max may match, and there are buckets to sample. */
static bool may_sample(const struct xdb_search_opts *o, Xapian::doccount docs)
{
	return o->count_max && o->count_max < docs && o->sample_prefix &&
	       o->sample_buckets > 1;
}

/* What the caller knows of whether more than count_max match. */
enum over_count {
	OVER_NO,                      /* count_max or fewer */
	OVER_YES,                     /* more */
	OVER_MAYBE,                   /* Xapian's bound is above count_max */
	OVER_UNASKED,                 /* not even the bound asked */
};

/* What a counting pass saw. */
struct counted {
	Xapian::doccount seen = 0;    /* matches checked (the spies') */
	bool sampled = false;         /* seen: those of a sample */
	double share = 1.0;           /* the sample's share of the stories,
					 when sampled */
};

/*
 * How many of the first bucket's parts (a power of two below
 * o->sample_fine) make a sample of about o->count_max matches, by the
 * exact count c1 of the first part: the fewest n with n * c1 * sqrt 2 at
 * least count_max (so the first bucket, 64 parts, holds about 1.4 times
 * count_max or more); 0 when a bucket or more is the sample, or the
 * index lacks the parts' terms on some document of the first bucket
 * (made before them).
 */
static unsigned fine_parts(Xapian::Database &view, const Xapian::Query &q,
			   const struct xdb_search_opts *o,
			   Xapian::doccount docs)
{
	if (!o->sample_fine_prefix || o->sample_fine < 2)
		return 0;
	char one[64], all[64], b0[64];
	snprintf(one, sizeof(one), "%s1", o->sample_fine_prefix);
	snprintf(all, sizeof(all), "%s%u", o->sample_fine_prefix,
		 o->sample_fine);
	snprintf(b0, sizeof(b0), "%s%02x", o->sample_prefix, 0u);
	/* the first part's matches, counted exactly, and the frequencies
	 * of the whole bucket's terms in the same exchange (the part is
	 * in both: the filter is the part's stories) */
	Xapian::Enquire first(view);
	first.set_query(Xapian::Query(
		Xapian::Query::OP_FILTER, q,
		Xapian::Query(Xapian::Query::OP_AND, Xapian::Query(one),
			      Xapian::Query(Xapian::Query::OP_OR,
					    Xapian::Query(all),
					    Xapian::Query(b0)))));
	Xapian::MSet ms = first.get_mset(0, 0, docs);
	if (ms.get_termfreq(all) != ms.get_termfreq(b0))
		return 0;
	unsigned n = sample_size(o, ms.get_matches_estimated(),
				 o->sample_fine);
	return n < o->sample_fine ? n : 0;
}

/*
 * The counting pass of a search, on `view`, the spies (add_spies())
 * counting: every match, or, more than o->count_max matching, those of
 * the first sample buckets that make about count_max (each story is
 * in one, by the hash of its id: a uniform sample).
 */
static struct counted count_matches(
	Xapian::Database &view, const Xapian::Query &q,
	const struct xdb_search_opts *o, Xapian::doccount docs,
	enum over_count over, std::shared_future<Xapian::doccount> bound,
	std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> &spies,
	std::unique_ptr<Xapian::ValueCountMatchSpy> &keys)
{
	struct counted c;
	unsigned nb = o->sample_buckets;
	Xapian::Enquire counter(view);
	counter.set_query(q);
	/* Xapian's bound on the matches: the hits' pass's, when it gives
	 * one (on remote shards it saves each shard an exchange of its
	 * own), else asked of the statistics here */
	if (over == OVER_UNASKED)
		over = (bound.valid() ? bound.get() :
			counter.get_mset(0, 0).get_matches_upper_bound()) >
		       o->count_max ? OVER_MAYBE : OVER_NO;
	c.sampled = may_sample(o, docs) && over != OVER_NO;
	unsigned parts = c.sampled ? fine_parts(view, q, o, docs) : 0;
	bool whole = false;   /* the sample would be every bucket */
	if (parts) {
		/* the first parts of the first bucket, the spies counting */
		char t[64];
		snprintf(t, sizeof(t), "%s%u", o->sample_fine_prefix, parts);
		Xapian::Enquire fine(view);
		fine.set_query(Xapian::Query(Xapian::Query::OP_FILTER, q,
					     Xapian::Query(t)));
		add_spies(fine, o, spies, keys);
		c.seen = fine.get_mset(0, 0, docs).get_matches_estimated();
		c.share = (double)parts /
			  ((double)o->sample_fine * o->sample_buckets);
	} else if (c.sampled) {
		/* the first bucket, the spies counting: how many buckets
		 * from its exact count, not from Xapian's estimate of the
		 * total, which need not be the same on one index and on its
		 * shards */
		char t0[64];
		snprintf(t0, sizeof(t0), "%s%02x", o->sample_prefix, 0u);
		Xapian::Enquire first(view);
		first.set_query(Xapian::Query(Xapian::Query::OP_FILTER, q,
					      Xapian::Query(t0)));
		add_spies(first, o, spies, keys);
		c.seen = first.get_mset(0, 0, docs).get_matches_estimated();
		first.clear_matchspies();
		unsigned buckets = sample_size(o, c.seen, nb);
		c.share = (double)buckets / nb;
		if (buckets < nb && buckets > 1) {
			/* the next buckets, the same spies */
			Xapian::Enquire rest(view);
			rest.set_query(Xapian::Query(
				Xapian::Query::OP_FILTER, q,
				sample_rest(view, o, buckets)));
			if (keys)
				rest.add_matchspy(keys.get());
			for (auto &spy : spies)
				rest.add_matchspy(spy.get());
			c.seen += rest.get_mset(0, 0, docs)
					  .get_matches_estimated();
		}
		whole = buckets >= nb;
	}
	/* a sample, unless count_max or fewer match (more than count_max
	 * in the sample says more do): then all are counted, as when the
	 * sample would be all */
	if (c.sampled && (whole || (c.seen <= o->count_max &&
				    over == OVER_MAYBE &&
				    !more_than(view, q, o->count_max)))) {
		/* counted again, exactly */
		spies.clear();
		keys.reset();
		c.sampled = false;
	}
	if (!c.sampled) {
		/* every match checked: what the spies saw, or the count
		 * alone with no facets asked */
		add_spies(counter, o, spies, keys);
		c.seen = counter.get_mset(0, 0, docs).get_matches_estimated();
	}
	return c;
}

/*
 * The hits' pass of a date order, newest first, read from the newest
 * years first.  A dated document has its year's term (o->year_prefix)
 * and sorts before every document of an earlier year, an undated one
 * after all of them: so when the matches of the newest years fill the
 * page, its hits are those of all the matches (collapsed, a key's hit
 * is its newest match, which is in those years when any of its matches
 * is).  The first pass asks the newest years that hold twice the
 * documents that, at the query's share of the index (`matches`, Xapian's
 * estimate, of `docs`), would fill the page; each further pass four
 * times the documents; the years all asked, the query is asked whole
 * (the undated matches last).  Each pass sorts the dates of its years'
 * matches, not of all: the newest page of a broad query reads a few
 * thousand dates, where Xapian's order by value reads every match's.
 * Collapse counts are those of the years read (a lower bound, as
 * Xapian's are).
 */
static Xapian::MSet newest_years_first(Xapian::Database &view,
				       Xapian::Enquire &enq,
				       const Xapian::Query &q,
				       const struct xdb_search_opts *o,
				       Xapian::doccount limit,
				       Xapian::doccount check,
				       Xapian::doccount matches,
				       Xapian::doccount docs)
{
	std::vector<std::pair<std::string, Xapian::doccount>> years;
	for (Xapian::TermIterator t = view.allterms_begin(o->year_prefix);
	     t != view.allterms_end(o->year_prefix); ++t)
		years.emplace_back(*t, t.get_termfreq());
	std::reverse(years.begin(), years.end());   /* the newest first */
	double want = 2.0 * ((double)o->offset + limit) * docs /
		      (matches ? matches : 1);
	size_t n = 0;
	double held = 0;
	while (n < years.size()) {
		while (n < years.size() && held < want)
			held += years[n++].second;
		if (n == years.size())
			break;
		std::vector<std::string> in;
		for (size_t k = 0; k < n; k++)
			in.push_back(years[k].first);
		enq.set_query(Xapian::Query(
			Xapian::Query::OP_FILTER, q,
			Xapian::Query(Xapian::Query::OP_OR, in.begin(),
				      in.end())));
		Xapian::MSet ms = enq.get_mset(o->offset, limit, check);
		if (ms.size() >= limit)
			return ms;
		want = 4 * held;
	}
	enq.set_query(q);
	return enq.get_mset(o->offset, limit, check);
}

/* The search itself; throws what Xapian throws. */
static int run_search(xdb *db, const xdb_query *q,
		      const struct xdb_search_opts *o, struct xdb_result *r)
{
	result_hold hold{r};
	/* declared before the enquires, which borrow them: they outlive
	 * them */
	std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;
	std::unique_ptr<Xapian::ValueCountMatchSpy> keys;
	Xapian::Enquire enq(db->db);
	enq.set_query(q->q);
	/* equal scores: the newest first, not the docid's order, which
	 * interleaves across shards (xdb_open_set()) */
	if (o->sort == XDB_SORT_RELEVANCE)
		enq.set_sort_by_relevance_then_value(o->date_slot, true);
	else if (o->sort == XDB_SORT_DATE)
		enq.set_sort_by_value_then_relevance(o->date_slot, true);
	else if (o->sort == XDB_SORT_AMOUNT)
		enq.set_sort_by_value_then_relevance(o->amount_slot, true);
	else if (o->sort == XDB_SORT_RANK && o->coord)
		enq.set_sort_by_relevance_then_value(o->rank_slot, true);
	else if (o->sort == XDB_SORT_RANK)
		enq.set_sort_by_value_then_relevance(o->rank_slot, true);
	if (o->coord)
		enq.set_weighting_scheme(Xapian::CoordWeight());
	/* with collapsing, Xapian's counts are estimates: a spy on the key
	 * sees every match, so the counts are exact (and merge across
	 * remote shards as the facets' do) */
	if (o->collapse)
		enq.set_collapse_key(o->collapse_slot);
	Xapian::doccount docs = db->db.get_doccount();
	/*
	 * The counts come from the hits' own pass, unless
	 *   - the set has remote shards: with an order by value (every
	 *     order here: relevance breaks ties by date), Xapian 1.4.22's
	 *     spies see the hits a remote returns a second time (measured:
	 *     134 matches counted 181 for 50 hits asked); asked for no hits
	 *     they count exactly;
	 *   - more than count_max may match: the counts may then have to be
	 *     estimated from a sample (below).
	 * Then the hits' pass has no spies, and a pass asking for no hits
	 * counts.
	 */
	bool split = db->nremote > 0 && !o->no_count;
	/* what the counting pass need not ask again: a local index's bound
	 * is asked here */
	enum over_count over = OVER_UNASKED;
	/* a date order of many matches reads the newest years first
	 * (newest_years_first()), with the counts from a pass of their
	 * own: Xapian's bound on the matches (from the terms' statistics,
	 * no document read) says whether they may be many */
	bool by_years = o->sort == XDB_SORT_DATE && o->year_prefix &&
			o->limit && o->count_max && docs > o->count_max &&
			!db->writable;
	/* every story has its sort key (not so in an index with stories of
	 * before ARTICLE_VERSION 7, whose keys would sort last among their
	 * years only) */
	if (by_years)
		by_years = db->db.get_value_freq(o->date_slot) == docs;
	Xapian::doccount estimated = 0;   /* Xapian's estimate, when asked */
	if ((!split && !o->no_count && o->count_max && docs > o->count_max) ||
	    by_years) {
		/* a big index: one pass still, when the bound says there
		 * cannot be more than count_max; on remote shards (split
		 * already) the counting pass need not ask it again */
		Xapian::Enquire bound(db->db);
		bound.set_query(q->q);
		Xapian::MSet b = bound.get_mset(0, 0);
		bool many = b.get_matches_upper_bound() > o->count_max;
		estimated = b.get_matches_estimated();
		by_years = by_years && many;
		if (split)
			over = many ? OVER_MAYBE : OVER_NO;
		else if (!o->no_count && (split = many))
			over = OVER_MAYBE;
	}
	if (!split && !o->no_count)
		add_spies(enq, o, spies, keys);
	/* split, the counting pass needs nothing of the hits', so it runs
	 * beside them, on a handle of its own (counter_view(): its own
	 * connections to remote shards), while the hits and their documents
	 * are read; a writer's handles cannot be shared, so there it runs
	 * after them */
	bool beside = split && !db->writable;
	struct counted side;
	std::exception_ptr side_failed;
	std::thread counting;
	struct joiner {
		std::thread &t;
		~joiner() { if (t.joinable()) t.join(); }
	} join_counting{counting};
	/* the hits' pass's bound on the matches, for a counting pass that
	 * has none yet (remote shards): it waits for it rather than ask
	 * every shard for it again; declared after the joiner, so that a
	 * throw here breaks the promise (the counting pass then fails and
	 * stops) before the thread is joined */
	std::promise<Xapian::doccount> hits_bound;
	std::shared_future<Xapian::doccount> bound;
	if (beside && over == OVER_UNASKED)
		bound = hits_bound.get_future().share();
	if (beside) {
		/* all of it on that thread, its handle opened there too (the
		 * first time): its query its own (Xapian's reference counts
		 * are not atomic), the spies untouched here until it is
		 * joined */
		std::string sq = q->q.serialise();
		counting = std::thread([db, o, sq, docs, over, bound, &spies,
					&keys, &side, &side_failed] {
			try {
				side = count_matches(
					counter_view(db),
					Xapian::Query::unserialise(sq), o,
					docs, over, bound, spies, keys);
			} catch (...) {
				side_failed = std::current_exception();
			}
		});
	}
	/* checking every document makes the total exact; split, with a
	 * count_max, the hits' pass checks no more than it must: Xapian's
	 * bounds on the weights skip what cannot enter the hits, and the
	 * totals come from the counting pass (collapsed, from its count of
	 * the keys).  No more hits than documents: Xapian's collapsing
	 * returns nothing for a limit near UINT_MAX */
	Xapian::doccount check = docs;
	bool unchecked = split && may_sample(o, docs);
	if (unchecked)
		check = 0;
	Xapian::doccount limit = o->limit < docs ? o->limit : docs;
	Xapian::MSet ms = by_years ?
		newest_years_first(db->db, enq, q->q, o, limit, check,
				   estimated, docs) :
		enq.get_mset(o->offset, limit, check);
	if (bound.valid())   /* the matches before collapsing: the spies' */
		hits_bound.set_value(o->collapse ?
				     ms.get_uncollapsed_matches_upper_bound() :
				     ms.get_matches_upper_bound());
	r->total = ms.get_matches_estimated();
	r->uncollapsed = o->collapse ? ms.get_uncollapsed_matches_estimated() :
			 r->total;
	if (!split && keys)
		r->uncollapsed = keys->get_total();   /* exact, as the spies */
	r->counted = r->uncollapsed;
	r->hits = (struct xdb_hit *)xcalloc(ms.size() ? ms.size() : 1,
					    sizeof(*r->hits));
	r->nvalues = o->nvalues;
	std::vector<Xapian::docid> dids;
	for (Xapian::MSetIterator m = ms.begin(); m != ms.end(); ++m) {
		struct xdb_hit *h = &r->hits[r->nhits++];
		h->score = m.get_weight();
		h->docid = *m;
		if (o->collapse) {
			h->collapsed = m.get_collapse_count();
			std::string k = m.get_collapse_key();
			if (!k.empty()) {
				h->key = xstrndup(k.data(), k.size());
				h->keylen = k.size();
			}
		}
		dids.push_back(*m);
	}
	if (!o->no_data || o->nvalues)
		hit_documents(db, dids, o, r->hits);
	if (beside) {
		counting.join();
		if (side_failed)
			std::rethrow_exception(side_failed);
	} else if (split) {
		/* after the hits, which may say whether more than count_max
		 * match: a pass that checked every match (all asked, or a
		 * filter with no bound on the weights made it), or saw more */
		Xapian::doccount lb = o->collapse ?
			ms.get_uncollapsed_matches_lower_bound() :
			ms.get_matches_lower_bound();
		Xapian::doccount ub = o->collapse ?
			ms.get_uncollapsed_matches_upper_bound() :
			ms.get_matches_upper_bound();
		if (!unchecked)
			over = r->uncollapsed > o->count_max ? OVER_YES : OVER_NO;
		else if (lb > o->count_max)
			over = OVER_YES;
		else if (lb == ub)
			over = OVER_NO;
		side = count_matches(db->db, q->q, o, docs, over,
				     std::shared_future<Xapian::doccount>(),
				     spies, keys);
	}
	if (split) {
		if (!side.sampled) {
			r->uncollapsed = side.seen;   /* exact, as the spies */
			if (!o->collapse)
				r->total = side.seen;
		} else {
			/* the stories matching: the sample's, scaled by its
			 * share of the buckets (each story in one, by the
			 * hash of its id: the same on one index and on
			 * shards); no pass over every match */
			r->uncollapsed = (uint64_t)llround(
				(double)side.seen / side.share);
			if (r->uncollapsed < side.seen)
				r->uncollapsed = side.seen;
			if (!o->collapse)
				r->total = r->uncollapsed;
		}
		r->counted = side.seen;
	}
	/* the grouped counts of a sample scaled to all the matches (the
	 * facets' are scaled by the searcher, once added up per member) */
	double scale = r->counted && r->counted < r->uncollapsed ?
		       (double)r->uncollapsed / (double)r->counted : 1.0;
	if (o->collapse && keys) {
		uint64_t keyed = 0, distinct = 0, once = 0;
		for (Xapian::TermIterator t = keys->values_begin();
		     t != keys->values_end(); ++t) {
			keyed += t.get_termfreq();
			distinct++;
			once += t.get_termfreq() == 1;
		}
		uint64_t keyless = keys->get_total() - keyed;
		if (scale == 1.0) {
			r->keyless = keyless;
			r->total = distinct + keyless;
		} else {
			/* the records, estimated from the sample alone (so
			 * that one index and its shards agree): those it
			 * holds, and for the stories it does not, new records
			 * at the rate its records seen once suggest (Good and
			 * Turing: the chance that a further story is of a
			 * record not yet seen); a record's stories do not
			 * scale as stories do */
			r->keyless = (uint64_t)llround((double)keyless * scale);
			r->total = distinct + r->keyless +
				   (uint64_t)llround((scale - 1.0) * once);
		}
	}
	r->facets = (struct xdb_value_count **)xcalloc(o->nfacets + 1,
						       sizeof(*r->facets));
	r->nfacet = (size_t *)xcalloc(o->nfacets + 1, sizeof(size_t));
	for (size_t f = 0; f < o->nfacets && f < spies.size(); f++)
		copy_facet(*spies[f], f, r);
	hold.hand_over();
	return 0;
}

/*
 * After a network error: ask each remote shard of the view whether it
 * answers.  Those that do not are named in the error, or, with
 * allow_partial, left out of the view (1: search again).
 */
static int drop_dead(xdb *db, const Xapian::NetworkError &e,
		     struct ds_err *err)
{
	std::string dead;
	for (size_t k = 0; k < db->names.size(); k++) {
		std::string host;
		unsigned port;
		if (!db->live[k] || !remote_spec(db->names[k], host, port))
			continue;
		try {
			Xapian::Remote::open(host, port, db->opts.timeout_ms,
					     db->opts.connect_ms).get_doccount();
		} catch (const Xapian::Error &) {
			if (!dead.empty())
				dead += "', '";
			dead += db->names[k];
			if (db->opts.allow_partial)
				db->live[k] = false;
		}
	}
	if (dead.empty())
		throw e;
	if (!db->opts.allow_partial)
		return ds_err_set(err, DS_EOPEN, "shard '%s': no answer (%s)",
				  dead.c_str(), e.get_msg().c_str());
	bool any = false;
	for (size_t k = 0; k < db->names.size(); k++)
		any = any || db->live[k];
	if (!any)
		return ds_err_set(err, DS_EOPEN, "no shard answers: %s",
				  e.get_msg().c_str());
	make_view(db);
	return 1;
}

extern "C" int xdb_search(xdb *db, const xdb_query *q,
			  const struct xdb_search_opts *o,
			  struct xdb_result *r, struct ds_err *err)
{
	memset(r, 0, sizeof(*r));
	int rc = xdb_q_error(q, err);
	if (!rc)
		rc = quiet(db, err);
	if (rc)
		return rc;
	return guard(err, [&] {
		for (;;) {
			try {
				return run_search(db, q, o, r);
			} catch (const Xapian::NetworkError &e) {
				int again = drop_dead(db, e, err);
				if (again != 1)
					return again;
				memset(r, 0, sizeof(*r));
			}
		}
	});
}
