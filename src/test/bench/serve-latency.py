#!/usr/bin/env python3
"""How long after a save `quicktakes serve` announces the change and serves the new page
(docs/benchmarks.md, goal 4). Talks to 127.0.0.1 only.

    python3 src/test/bench/serve-latency.py target/quicktakes.jar target/site-35915 [rounds]

Edits one article's title (and puts it back at the end), `rounds` times; prints each round's time from
the write to the change event, and to the first fetch of the page that shows the new title.
"""
import http.client, os, re, statistics, subprocess, sys, threading, time, queue

jar, folder = sys.argv[1], sys.argv[2]
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 10
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs if f.endswith('.md'))
target = files[len(files) // 2]
original = open(target, encoding='utf-8').read()
url = re.search(r'^url: (.*)$', original, re.M).group(1).strip()
page = url + '/index.html'

t0 = time.monotonic()
server = subprocess.Popen(['java', '-jar', jar, 'serve', '--port', '0', folder], stdout=subprocess.PIPE, text=True)
line = server.stdout.readline()
port = int(re.search(r':(\d+)/', line).group(1))
print(f'started in {time.monotonic() - t0:.2f} s: {line.strip()}')

events = queue.Queue()
def listen():
    c = http.client.HTTPConnection('127.0.0.1', port)
    c.request('GET', '/_quicktakes/events')
    r = c.getresponse()
    while True:
        l = r.fp.readline()
        if not l:
            return
        if l.startswith(b'event: change'):
            events.put(time.monotonic())
threading.Thread(target=listen, daemon=True).start()
time.sleep(0.5)

to_event, to_page = [], []
try:
    for i in range(rounds):
        title = f'Changed {i} {time.time()}'
        text = re.sub(r'^article_title: .*$', 'article_title: ' + title, original, count=1, flags=re.M)
        start = time.monotonic()
        with open(target, 'w', encoding='utf-8') as f:
            f.write(text)
        at = events.get(timeout=30)
        while at < start:  # an event of the previous round, come late
            at = events.get(timeout=30)
        to_event.append(at - start)
        while True:
            c = http.client.HTTPConnection('127.0.0.1', port)
            c.request('GET', page)
            body = c.getresponse().read().decode('utf-8')
            if title in body:
                to_page.append(time.monotonic() - start)
                break
        time.sleep(0.5)
        while not events.empty():
            events.get()
finally:
    with open(target, 'w', encoding='utf-8') as f:
        f.write(original)
    server.terminate()
    server.wait()
ms = lambda xs: ', '.join(f'{x * 1000:.0f}' for x in xs)
print(f'save to change event, ms: {ms(to_event)}; median {statistics.median(to_event) * 1000:.0f}')
print(f'save to new page served, ms: {ms(to_page)}; median {statistics.median(to_page) * 1000:.0f}')
