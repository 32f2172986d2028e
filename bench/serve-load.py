#!/usr/bin/env python3
"""Latency and overload of a LanguageTool-compatible POST /v2/check server (standard library only).

  serve-load.py latency  --url URL --corpus FILE [--jsonl-field text] --clients N --seconds S
      N closed-loop clients for S seconds (after one uncounted request each): p50/p95/p99 latency,
      requests/s, words/s, and the answers by status.
  serve-load.py overload --url URL --corpus FILE [--jsonl-field text] --rate R --seconds S --limit L
      open loop: R requests a second for S seconds whatever the answers (each on its own thread,
      at most --max-threads in flight); every request must get an answer (200 or 503) within L
      seconds. Prints the answers by status, the slowest answer, and how many missed the limit.
"""
import argparse, json, statistics, sys, threading, time, urllib.error, urllib.parse, urllib.request

def docs_of(path, field, doc_words=350):
    if field:
        return [json.loads(l)[field] for l in open(path, encoding="utf-8") if l.strip()]
    paras = [p.strip() for p in open(path, encoding="utf-8").read().split("\n\n") if p.strip()]
    docs, cur, n = [], [], 0
    for p in paras:
        cur.append(p); n += len(p.split())
        if n >= doc_words:
            docs.append("\n\n".join(cur)); cur, n = [], 0
    if cur: docs.append("\n\n".join(cur))
    return docs

def send(url, text, timeout):
    data = urllib.parse.urlencode({"language": "nl", "text": text}).encode()
    t0 = time.monotonic()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=timeout) as r:
            r.read(); status = r.status
    except urllib.error.HTTPError as e:
        e.read(); status = e.code
    except Exception as e:  # no answer at all: timeout, reset
        status = type(e).__name__
    return status, time.monotonic() - t0

def pct(values, p):
    v = sorted(values)
    return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))] if v else float("nan")

def latency(a, docs):
    lock = threading.Lock(); nxt = [0]; lat = []; words = [0]; statuses = {}
    stop = time.monotonic() + a.seconds + 0.0
    def client(k):
        send(a.url, docs[k % len(docs)], 600)  # uncounted: the first request of each client
        while time.monotonic() < stop:
            with lock:
                i = nxt[0]; nxt[0] += 1
            s, t = send(a.url, docs[i % len(docs)], 600)
            with lock:
                statuses[s] = statuses.get(s, 0) + 1
                if s == 200:
                    lat.append(t); words[0] += len(docs[i % len(docs)].split())
    t0 = time.monotonic()
    ts = [threading.Thread(target=client, args=(k,)) for k in range(a.clients)]
    for t in ts: t.start()
    for t in ts: t.join()
    wall = time.monotonic() - t0
    print(f"RESULT latency clients={a.clients} requests={len(lat)} p50={pct(lat,50)*1000:.0f}ms p95={pct(lat,95)*1000:.0f}ms "
          f"p99={pct(lat,99)*1000:.0f}ms req/s={len(lat)/wall:.2f} words/s={words[0]/wall:.0f} statuses={statuses}")

def overload(a, docs):
    lock = threading.Lock(); results = []; inflight = threading.Semaphore(a.max_threads)
    def one(i):
        try:
            s, t = send(a.url, docs[i % len(docs)], a.limit + 30)
            with lock: results.append((s, t))
        finally:
            inflight.release()
    t0 = time.monotonic(); i = 0; threads = []
    while time.monotonic() - t0 < a.seconds:
        due = t0 + i / a.rate
        now = time.monotonic()
        if due > now: time.sleep(due - now)
        if not inflight.acquire(timeout=a.limit + 30):
            print("client ran out of threads", file=sys.stderr); break
        th = threading.Thread(target=one, args=(i,), daemon=True); th.start(); threads.append(th); i += 1
    for th in threads: th.join()
    by = {}
    for s, _ in results: by[s] = by.get(s, 0) + 1
    slow = [t for s, t in results if t > a.limit]
    ok = [t for s, t in results if s == 200]
    print(f"RESULT overload rate={a.rate}/s seconds={a.seconds} sent={i} answered={len(results)} statuses={by} "
          f"slowest={max(t for _, t in results):.1f}s over_limit={len(slow)} ok_p50={pct(ok,50):.2f}s ok_p99={pct(ok,99):.2f}s")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["latency", "overload"])
    ap.add_argument("--url", required=True); ap.add_argument("--corpus", required=True)
    ap.add_argument("--jsonl-field"); ap.add_argument("--clients", type=int, default=1)
    ap.add_argument("--seconds", type=float, default=60); ap.add_argument("--rate", type=float, default=1)
    ap.add_argument("--limit", type=float, default=60); ap.add_argument("--max-threads", type=int, default=400)
    a = ap.parse_args()
    docs = docs_of(a.corpus, a.jsonl_field)
    (latency if a.mode == "latency" else overload)(a, docs)

if __name__ == "__main__":
    main()
