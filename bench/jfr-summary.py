#!/usr/bin/env python3
"""Summarises a Java Flight Recorder file of the access-check benchmark: where the service's CPU
samples go, by the layer of the frame on top of the stack (self time) and by the layers a sample
passes through (inclusive time), and the hottest methods.
  SERVICE_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/check.jfr,settings=profile,dumponexit=true" \\
    PEOPLE_SETS=100000 bench/access-check.sh
  python3 bench/jfr-summary.py /tmp/check.jfr
"""
import collections, re, subprocess, sys

LAYERS = [  # first match wins; the order puts ours before the libraries we call
    ("cagekeeper access (decision, ledger)", r"^com\.cagekeeper\.access\."),
    ("cagekeeper other", r"^com\.cagekeeper\."),
    ("MariaDB JDBC driver", r"^org\.mariadb\."),
    ("connection pool (Agroal) and transactions (Narayana)", r"^(io\.agroal|com\.arjuna|io\.quarkus\.narayana|jakarta\.transaction)"),
    ("JSON (Jackson)", r"^com\.fasterxml\.jackson\."),
    ("security and JWT (SmallRye JWT, jose4j)", r"^(io\.smallrye\.jwt|org\.jose4j|io\.quarkus\.security|io\.quarkus\.smallrye\.jwt|io\.quarkus\.vertx\.http\.runtime\.security)"),
    ("validation (Hibernate Validator)", r"^(org\.hibernate\.validator\.|io\.quarkus\.hibernate\.validator\.)"),
    ("Hibernate ORM", r"^org\.hibernate\.(?!validator)"),
    ("REST (RESTEasy Reactive, Mutiny)", r"^(org\.jboss\.resteasy|io\.quarkus\.resteasy|io\.smallrye\.mutiny)"),
    ("worker threads (JBoss Threads)", r"^org\.jboss\.threads\."),
    ("HTTP and event loop (Vert.x, Netty)", r"^(io\.vertx|io\.netty|io\.quarkus\.vertx)"),
    ("logging (JBoss LogManager)", r"^org\.jboss\.(logmanager|logging)"),
    ("metrics (Micrometer)", r"^io\.micrometer"),
    ("CDI (ArC) and context propagation", r"^(io\.quarkus\.arc|io\.smallrye\.context)"),
    ("JDK: network and I/O", r"^(sun\.nio|java\.net|java\.nio|sun\.net)"),
    ("JDK: crypto", r"^(sun\.security|java\.security|javax\.crypto|com\.sun\.crypto)"),
    ("JDK: other", r"^(java\.|jdk\.|sun\.)"),
]

def layer(frame):
    for name, rx in LAYERS:
        if re.match(rx, frame):
            return name
    return "other"

def samples(path):
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", path],
                         capture_output=True, text=True, check=True).stdout
    for block in out.split("jdk.ExecutionSample")[1:]:
        frames = re.findall(r"^\s+([\w.$<>]+)\(", block, flags=re.M)
        if frames:
            yield frames

STARTUP = ("io.quarkus.bootstrap.runner.QuarkusEntryPoint", "io.quarkus.runner.ApplicationImpl")


def main(path):
    self_by_layer, incl_by_layer, hot = collections.Counter(), collections.Counter(), collections.Counter()
    total = startup = 0
    for frames in samples(path):
        if any(f.startswith(STARTUP) for f in frames):
            startup += 1  # the start of the service, not a request
            continue
        total += 1
        self_by_layer[layer(frames[0])] += 1
        hot[frames[0]] += 1
        for l in {layer(f) for f in frames}:
            incl_by_layer[l] += 1
    print(f"CPU samples of the running service: {total} (and {startup} of its start, left out)")
    print("\nself time by layer (the frame on top of the stack):")
    for l, n in self_by_layer.most_common():
        print(f"  {100 * n / total:5.1f}%  {l}")
    print("\ninclusive time by layer (samples passing through it):")
    for l, n in incl_by_layer.most_common():
        print(f"  {100 * n / total:5.1f}%  {l}")
    print("\nhottest methods (self):")
    for m, n in hot.most_common(20):
        print(f"  {100 * n / total:5.1f}%  {m}")

if __name__ == "__main__":
    main(sys.argv[1])
