#!/usr/bin/env python3
"""HTTP and database work of loadtest/cast.sh (Python 3 standard library only).

  cast.py ballot DATABASE_URL SLUG                create an open approval ballot, print its id
  cast.py login  BASE USERS BALLOT ACCOUNTS       sign in user1..userUSERS; save each account's
                                                  cookies and session-bound CSRF token
  cast.py flood  BASE BALLOT ACCOUNTS ACKS [--kill PID --kill-after K]
                                                  cast one vote per account; print timings
  cast.py check  DATABASE_URL BALLOT ACKS [--expect-all]
                                                  every acknowledged receipt's paper is stored
                                                  and the roll and the papers agree

Every account keeps its own cookie jar (CSRF nonce, session, device) and the CSRF token bound
to its session; every worker thread keeps one keep-alive connection. Loopback traffic only.
"""

import argparse
import hashlib
import http.client
import json
import math
import os
import queue
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse

SLUG = "town-1"
PASSWORD = "load test password"
TOKEN_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
RECEIPT_RE = re.compile(r'<p class="code" id="receipt-code"><bdi dir="ltr">([^<]+)</bdi></p>')
HASH_RE = re.compile(r'<bdi dir="ltr" class="hash">([0-9a-f]{64})</bdi>')


# ---------------------------------------------------------------- receipts (src/domain/vote.rs)

def normalize(code):
    """src/domain/codes.rs `normalize`: no whitespace or dashes, upper case, O->0, I/L->1."""
    out = []
    for c in code:
        if c.isspace() or c == "-":
            continue
        c = c.upper() if c.isascii() else c
        out.append({"O": "0", "I": "1", "L": "1"}.get(c, c))
        if len(out) == 64:
            break
    return "".join(out)


def receipt_hash(ballot_id, code):
    data = b"chorus-receipt\n" + str(ballot_id).encode() + b"\n" + normalize(code).encode()
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- database access

class Database:
    """SQLite through the sqlite3 module, PostgreSQL through psql."""

    def __init__(self, url):
        self.url = url
        self.sqlite = url.startswith("sqlite:")
        if self.sqlite:
            path = url[len("sqlite:"):].lstrip("/")
            path = "/" + path.split("?")[0]
            self.conn = sqlite3.connect(path, timeout=30, isolation_level=None)
            self.conn.execute("PRAGMA foreign_keys = ON")

    def rows(self, sql):
        """All rows of a query (SQL written by this script only, values inlined)."""
        if self.sqlite:
            return [tuple("" if v is None else str(v) for v in r) for r in self.conn.execute(sql).fetchall()]
        out = subprocess.run(
            ["psql", self.url, "-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-c", sql],
            check=True, capture_output=True, text=True,
        ).stdout
        return [tuple(line.split("\t")) for line in out.splitlines() if line]

    def one(self, sql):
        r = self.rows(sql)
        return r[0][0] if r else None


def q(s):
    return "'" + s.replace("'", "''") + "'"


def create_ballot(args):
    db = Database(args.database_url)
    row = db.rows(f"SELECT id, languages FROM municipalities WHERE slug = {q(args.slug)}")
    if not row:
        sys.exit(f"no municipality {args.slug}")
    mid, languages = row[0]
    langs = [l for l in languages.split(",") if l]
    now = int(time.time())
    # One statement per step so that both databases hand back the new ids (RETURNING).
    bid = db.one(
        "INSERT INTO ballots (municipality_id, method, status, opens_at, closes_at, min_picks, max_picks, created_at) "
        f"VALUES ({mid}, 'approval', 'open', {now - 3600}, {now + 10 * 365 * 86400}, 1, 2, {now}) RETURNING id"
    )
    texts = ", ".join(
        f"({bid}, {q(l)}, {q(f'Load-test vote {args.name} ({l})')}, {q(f'Which projects should {args.slug} fund? ({l})')})"
        for l in langs
    )
    db.rows(f"INSERT INTO ballot_texts (ballot_id, lang, title, description) VALUES {texts} RETURNING ballot_id")
    for p in range(5):
        oid = db.one(f"INSERT INTO ballot_options (ballot_id, position, code) VALUES ({bid}, {p}, '{p + 1}') RETURNING id")
        labels = ", ".join(f"({oid}, {q(l)}, {q(f'Project {p + 1} ({l})')})" for l in langs)
        db.rows(f"INSERT INTO ballot_option_texts (option_id, lang, title) VALUES {labels} RETURNING option_id")
    print(bid)
    print(f"ballot {bid}: open approval vote in {args.slug}, 5 options, picks 1..2, {len(langs)} languages", file=sys.stderr)


# ---------------------------------------------------------------- HTTP with per-account cookies

class Account:
    def __init__(self, n):
        self.n = n
        self.username = f"user{n}"
        self.cookies = {}
        self.token = ""
        # Many people behind one proxy: each account has its own client address (the server
        # trusts X-Forwarded-For in these runs), so per-client login limits do not interfere.
        self.ip = f"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}"

    def cookie_header(self):
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())

    def take_cookies(self, resp):
        for line in resp.headers.get_all("Set-Cookie") or []:
            first = line.split(";", 1)[0]
            name, _, value = first.partition("=")
            attrs = line.lower()
            if "max-age=0" in attrs or value == "":
                self.cookies.pop(name.strip(), None)
            else:
                self.cookies[name.strip()] = value.strip()

    def to_json(self):
        return {"n": self.n, "cookies": self.cookies, "token": self.token}

    @classmethod
    def from_json(cls, d):
        a = cls(d["n"])
        a.cookies = d["cookies"]
        a.token = d["token"]
        return a


class Connection:
    """One keep-alive connection, reopened when the server closes it."""

    def __init__(self, base):
        u = urllib.parse.urlsplit(base)
        self.host, self.port = u.hostname, u.port or 80
        self.conn = None

    def request(self, account, method, path, body=None, retry=True):
        headers = {"X-Forwarded-For": account.ip, "Accept-Language": "en"}
        if account.cookies:
            headers["Cookie"] = account.cookie_header()
        if body is not None:
            body = urllib.parse.urlencode(body).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in (0, 1):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
            try:
                self.conn.request(method, path, body=body, headers=headers)
                resp = self.conn.getresponse()
                data = resp.read()
            except (ConnectionError, http.client.HTTPException, OSError):
                self.close()
                # A kept-alive connection the server closed: try once on a new one. Never
                # for a vote (it may have been counted).
                if attempt == 0 and retry:
                    continue
                raise
            account.take_cookies(resp)
            if resp.getheader("Connection", "").lower() == "close":
                self.close()
            return resp.status, data.decode("utf-8", "replace")
        raise AssertionError("unreachable")

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def run_workers(n_workers, items, work):
    """Runs work(conn, item) over items with n_workers threads; returns the exceptions."""
    todo = queue.Queue()
    for it in items:
        todo.put(it)
    errors = []
    lock = threading.Lock()

    def worker():
        conn = Connection(BASE)
        while True:
            try:
                it = todo.get_nowait()
            except queue.Empty:
                break
            try:
                if work(conn, it) is False:
                    break
            except Exception as e:  # noqa: BLE001 - collected and reported
                with lock:
                    errors.append((it, repr(e)))
        conn.close()

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(n_workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


def login(args):
    ballot_path = f"/m/{args.slug}/ballots/{args.ballot}"
    accounts = [Account(n) for n in range(1, args.users + 1)]
    failures = []
    done = [0]
    lock = threading.Lock()
    started = time.monotonic()

    def one(conn, a):
        status, page = conn.request(a, "GET", "/login")
        m = TOKEN_RE.search(page)
        if status != 200 or not m:
            raise RuntimeError(f"GET /login: {status}")
        body = {"csrf_token": m.group(1), "username": a.username, "password": PASSWORD, "next": ballot_path}
        status, _ = conn.request(a, "POST", "/login", body)
        if status != 303 or "chorus_session" not in a.cookies:
            raise RuntimeError(f"POST /login: {status}")
        # The token of a signed-in page is bound to the new session (and the rotated nonce).
        status, page = conn.request(a, "GET", ballot_path)
        m = TOKEN_RE.search(page)
        if status != 200 or not m:
            raise RuntimeError(f"GET {ballot_path}: {status}")
        if f'action="{ballot_path}/vote"' not in page:
            raise RuntimeError(f"{a.username}: the ballot page shows no voting form")
        a.token = m.group(1)
        with lock:
            done[0] += 1
            if done[0] % 500 == 0:
                print(f"  signed in {done[0]}/{len(accounts)} ({time.monotonic() - started:.0f} s)", file=sys.stderr)

    errors = run_workers(args.concurrency, accounts, one)
    failures.extend(errors)
    for it, e in failures[:5]:
        print(f"login failed for {it.username}: {e}", file=sys.stderr)
    ok = [a for a in accounts if a.token]
    with open(args.accounts, "w") as f:
        json.dump([a.to_json() for a in ok], f)
    print(f"signed in {len(ok)}/{len(accounts)} accounts in {time.monotonic() - started:.1f} s "
          f"({args.concurrency} at a time)", file=sys.stderr)
    if len(ok) != len(accounts):
        sys.exit(1)


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, math.ceil(p / 100 * len(sorted_values)) - 1))
    return sorted_values[k]


def fmt_ms(seconds):
    ms = seconds * 1000
    return f"{ms:.2f}ms" if ms < 100 else f"{ms:.0f}ms"


def flood(args):
    accounts = [Account.from_json(d) for d in json.load(open(args.accounts))]
    path = f"/m/{args.slug}/ballots/{args.ballot}/vote"
    lock = threading.Lock()
    latencies, acks, statuses, problems = [], [], {}, []
    killed = threading.Event()

    def one(conn, a):
        if killed.is_set():
            return False
        # One or two of the five options, varying by account.
        picks = [str(a.n % 5)] + ([str((a.n + 2) % 5)] if a.n % 2 else [])
        body = [("csrf_token", a.token)] + [("pick", p) for p in picks]
        t0 = time.perf_counter()
        try:
            status, page = conn.request(a, "POST", path, body, retry=False)
        except Exception as e:  # noqa: BLE001
            with lock:
                statuses["no answer"] = statuses.get("no answer", 0) + 1
                if not killed.is_set():
                    problems.append(f"{a.username}: {e!r}")
            return None
        dt = time.perf_counter() - t0
        m = RECEIPT_RE.search(page) if status == 200 else None
        with lock:
            statuses[status] = statuses.get(status, 0) + 1
            if m:
                code = m.group(1)
                shown = HASH_RE.search(page)
                if not shown or shown.group(1) != receipt_hash(args.ballot, code):
                    problems.append(f"{a.username}: the page's receipt hash is not sha256 of the code")
                acks.append({"n": a.n, "code": code})
                latencies.append(dt)
                if args.kill and len(acks) == args.kill_after and not killed.is_set():
                    killed.set()
                    os.kill(args.kill, signal.SIGKILL)
            else:
                latencies.append(dt)
                if len(problems) < 20:
                    problems.append(f"{a.username}: {status} " + (page[:200].replace("\n", " ") if status != 200 else "no receipt"))
        return None

    started = time.perf_counter()
    errors = run_workers(args.concurrency, accounts, one)
    wall = time.perf_counter() - started
    problems.extend(f"{it.username}: {e}" for it, e in errors)
    with open(args.acks, "w") as f:
        json.dump({"ballot": args.ballot, "acks": acks, "statuses": {str(k): v for k, v in statuses.items()}}, f)
    latencies.sort()
    result = {
        "ballots": len(accounts),
        "acknowledged": len(acks),
        "statuses": {str(k): v for k, v in statuses.items()},
        "seconds": round(wall, 3),
        "per_second": round(len(acks) / wall) if wall else 0,
        "p50": fmt_ms(percentile(latencies, 50)),
        "p99": fmt_ms(percentile(latencies, 99)),
        "p90": fmt_ms(percentile(latencies, 90)),
        "max": fmt_ms(latencies[-1]) if latencies else "",
        "problems": problems[:20],
    }
    print(json.dumps(result))
    if not args.kill and (problems or len(acks) != len(accounts)):
        sys.exit(1)


def recast(args):
    """After the restart: every acknowledged voter is refused (409); the others either vote
    now (200) or had been counted without hearing back (409)."""
    accounts = [Account.from_json(d) for d in json.load(open(args.accounts))]
    acked = {a["n"] for a in json.load(open(args.acks))["acks"]}
    path = f"/m/{args.slug}/ballots/{args.ballot}/vote"
    lock = threading.Lock()
    counts = {"acked 409": 0, "acked other": 0, "rest 200": 0, "rest 409": 0, "rest other": 0}
    new_acks, problems = [], []

    def one(conn, a):
        body = [("csrf_token", a.token), ("pick", str(a.n % 5))]
        status, page = conn.request(a, "POST", path, body, retry=False)
        m = RECEIPT_RE.search(page) if status == 200 else None
        with lock:
            if a.n in acked:
                key = "acked 409" if status == 409 else "acked other"
            elif m:
                key = "rest 200"
                new_acks.append({"n": a.n, "code": m.group(1)})
            else:
                key = "rest 409" if status == 409 else "rest other"
            counts[key] += 1
            if key.endswith("other") and len(problems) < 10:
                problems.append(f"{a.username}: {status} {page[:160]!r}")

    errors = run_workers(args.concurrency, accounts, one)
    problems.extend(f"{it.username}: {e}" for it, e in errors[:10])
    data = json.load(open(args.acks))
    data["acks"].extend(new_acks)
    with open(args.acks, "w") as f:
        json.dump(data, f)
    print(json.dumps({"counts": counts, "problems": problems}))
    if problems or counts["acked other"] or counts["rest other"]:
        sys.exit(1)


def check(args):
    db = Database(args.database_url)
    acks = json.load(open(args.acks))["acks"]
    papers = {r[0] for r in db.rows(f"SELECT receipt_hash FROM ballot_papers WHERE ballot_id = {args.ballot}")}
    roll = int(db.one(f"SELECT COUNT(*) FROM ballot_roll WHERE ballot_id = {args.ballot}"))
    found = sum(1 for a in acks if receipt_hash(args.ballot, a["code"]) in papers)
    consistent = roll == len(papers) and (not args.expect_all or roll == args.expect_all)
    print(f"acknowledged: {len(acks)}, found: {found}, roll: {roll}, papers: {len(papers)}, "
          f"consistent: {'yes' if consistent else 'no'}")
    if found != len(acks) or not consistent:
        sys.exit(1)


def main():
    global BASE
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("ballot")
    b.add_argument("database_url")
    b.add_argument("--slug", default=SLUG)
    b.add_argument("--name", default="A")
    lg = sub.add_parser("login")
    lg.add_argument("base")
    lg.add_argument("users", type=int)
    lg.add_argument("ballot", type=int)
    lg.add_argument("accounts")
    lg.add_argument("--slug", default=SLUG)
    lg.add_argument("--concurrency", type=int, default=8)
    for name in ("flood", "recast"):
        f = sub.add_parser(name)
        f.add_argument("base")
        f.add_argument("ballot", type=int)
        f.add_argument("accounts")
        f.add_argument("acks")
        f.add_argument("--slug", default=SLUG)
        f.add_argument("--concurrency", type=int, default=16)
        f.add_argument("--kill", type=int, default=0, help="PID to SIGKILL mid-flood")
        f.add_argument("--kill-after", type=int, default=0, help="acknowledged casts before the kill")
    c = sub.add_parser("check")
    c.add_argument("database_url")
    c.add_argument("ballot", type=int)
    c.add_argument("acks")
    c.add_argument("--expect-all", type=int, default=0, help="the roll must have this many voters")
    args = p.parse_args()
    BASE = getattr(args, "base", "")
    {"ballot": create_ballot, "login": login, "flood": flood, "recast": recast, "check": check}[args.cmd](args)


if __name__ == "__main__":
    main()
