#!/usr/bin/python3
"""Load of a live-voting session with durable votes (docs/performance.md, *Live voting*).

Starts `sbradar-cli workshop` on 127.0.0.1 and lets N phones (default 500) vote on every
statement at a human pace, each phone from its own address in 127.0.0.0/8 (so the limit of
participants per address applies as in a real room) on its own keep-alive connection. Every
vote the server acknowledges must be in the workspace after SIGTERM (checked with
`score --json`); prints the response times of votes and of all requests.

    bench/workshop_load.py build/bin/sbradar-cli [--phones 500] [--pace 1.0 4.0] [--seed 1]
"""
import argparse
import asyncio
import json
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time


def cli(binary, *args):
    return subprocess.run([binary, *args], capture_output=True, text=True, check=True,
                          env=dict(os.environ, LANG="C", LC_ALL="C")).stdout


class Phone:
    def __init__(self, number, host, port, token, items, pace, rng, stats):
        n = number + 2  # 127.0.0.2 and up: each phone its own address
        self.address = "127.%d.%d.%d" % (n // 65536 % 256, n // 256 % 256, n % 256)
        self.host, self.port, self.token = host, port, token
        self.items, self.pace, self.rng, self.stats = items, pace, rng, stats
        self.participant = ""
        self.acknowledged = {}  # item -> level

    async def request(self, method, path, body=b""):
        head = ("%s /s/%s/%s HTTP/1.1\r\nHost: %s:%d\r\n" % (method, self.token, path, self.host, self.port)).encode()
        if body:
            head += b"Content-Type: application/json\r\nContent-Length: %d\r\n" % len(body)
        start = time.perf_counter()
        self.writer.write(head + b"\r\n" + body)
        await self.writer.drain()
        status_line = await self.reader.readline()
        length = 0
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        payload = await self.reader.readexactly(length) if length else b""
        elapsed = (time.perf_counter() - start) * 1000
        status = int(status_line.split()[1]) if status_line else 0
        self.stats["all"].append(elapsed)
        return status, payload, elapsed

    async def run(self):
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port, local_addr=(self.address, 0))
        await asyncio.sleep(self.rng.uniform(0, 10))  # people join over ten seconds
        status, payload, _ = await self.request("GET", "state")
        if status != 200:
            self.stats["failures"].append(("join", status))
            return
        self.participant = json.loads(payload)["participant"]
        order = list(self.items)
        self.rng.shuffle(order)
        last_poll = time.monotonic()
        for item in order:
            await asyncio.sleep(self.rng.uniform(*self.pace))  # reading the statement, thinking
            level = self.rng.randint(0, 4)
            body = json.dumps({"participant": self.participant, "item": item, "level": level}).encode()
            for _attempt in range(10):
                status, _, elapsed = await self.request("POST", "vote", body)
                if status != 503:
                    break
                await asyncio.sleep(1)  # "not-stored": the page sends it again after a second
            if status == 200:
                self.acknowledged[item] = level
                self.stats["votes"].append(elapsed)
            else:
                self.stats["failures"].append(("vote", status))
            if time.monotonic() - last_poll > 5:  # the page polls every 5 s in survey mode
                last_poll = time.monotonic()
                await self.request("GET", "state?participant=" + self.participant)
        self.writer.close()


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else float("nan")


async def main_async(args, url, items):
    m = re.match(r"http://([^:/]+):(\d+)/s/([^/]+)/", url)
    host, port, token = m.group(1), int(m.group(2)), m.group(3)
    stats = {"all": [], "votes": [], "failures": []}
    rng = random.Random(args.seed)
    phones = [Phone(i, host, port, token, items, tuple(args.pace), random.Random(rng.random()), stats)
              for i in range(args.phones)]
    start = time.perf_counter()
    await asyncio.gather(*(p.run() for p in phones))
    return phones, stats, time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cli")
    parser.add_argument("--phones", type=int, default=500)
    parser.add_argument("--pace", type=float, nargs=2, default=[1.0, 4.0], metavar=("MIN_S", "MAX_S"))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ws = os.path.join(tmp, "load.sbradar")
        cli(args.cli, "init", ws)
        items = [i["id"] for d in json.loads(cli(args.cli, "questionnaire", ws, "--json"))["dimensions"] for i in d["items"]]
        seed = os.path.join(tmp, "seed.csv")
        with open(seed, "w") as f:
            f.write("company,department,round,date,respondent,item,level\nMuster GmbH,Vertrieb,2026-Q1,2026-03-15,R1,%s,2\n" % items[0])
        cli(args.cli, "import", ws, seed)
        server = subprocess.Popen([args.cli, "workshop", ws, "--company", "Muster GmbH", "--round", "2026-Q1",
                                   "--department", "Plenum", "--bind", "127.0.0.1"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                  env=dict(os.environ, LANG="C", LC_ALL="C"))
        url = None
        while url is None:
            line = server.stdout.readline()
            if not line:
                sys.exit("the workshop did not start: " + server.stderr.read())
            if line.startswith("URL: "):
                url = line.split()[1]
        phones, stats, seconds = asyncio.run(main_async(args, url, items))
        server.send_signal(signal.SIGTERM)
        out, err = server.communicate(timeout=120)
        score = json.loads(cli(args.cli, "score", ws, "--json"))
    plenum = [d for d in score["companies"][0]["rounds"][0]["departments"] if d["name"] == "Plenum"][0]
    stored = {i["id"]: (i["n"], i["n"] * (i["mean"] or 0)) for i in plenum["items"]}
    lost = 0
    for item in items:
        levels = [p.acknowledged[item] for p in phones if item in p.acknowledged]
        n, total = stored.get(item, (0, 0))
        if n != len(levels) or abs(total - sum(levels)) > 1e-6:
            lost += 1
    votes, everything = stats["votes"], stats["all"]
    print("%d phones, %d items: %d requests (%d votes) in %.1f s, %.0f requests/s" % (
        args.phones, len(items), len(everything), len(votes), seconds, len(everything) / seconds))
    print("votes:    median %.1f ms, p95 %.1f ms, p99 %.1f ms, slowest %.1f ms" % (
        statistics.median(votes), pct(votes, 95), pct(votes, 99), max(votes)))
    print("requests: median %.1f ms, p95 %.1f ms, p99 %.1f ms, slowest %.1f ms" % (
        statistics.median(everything), pct(everything, 95), pct(everything, 99), max(everything)))
    print("respondents stored: %d; items whose stored votes differ from the acknowledged ones: %d; failures: %d" % (
        plenum["respondents"], lost, len(stats["failures"])))
    print(out.strip().splitlines()[-1] if out.strip() else err)
    return 0 if lost == 0 and not stats["failures"] and plenum["respondents"] == args.phones else 1


if __name__ == "__main__":
    sys.exit(main())
