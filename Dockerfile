# Cagekeeper in JVM mode. Build the application first, then the image:
#
#   ./mvnw package -DskipTests
#   docker build -t cagekeeper:1.0 .        (or: podman build -t cagekeeper:1.0 .)
#
# The image holds a Java 17 runtime (no JDK, no Maven) and the four layers of
# target/quarkus-app, least often changed first, so a code change rebuilds only the last
# layers. It holds no secret: the database password, the token issuer's public key and the
# identity-document key come from the environment (see README, "Deploying").
FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.23

LABEL org.opencontainers.image.title="cagekeeper" \
      org.opencontainers.image.description="Colocation spaces, orders, approved people and 24x7 access control" \
      org.opencontainers.image.version="1.0"

ENV LANGUAGE="en_US:en"

# Dependencies (lib/boot, lib/main), the runner jar, the application, then the generated
# Quarkus bytecode and configuration.
COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185 target/quarkus-app/*.jar /deployments/
COPY --chown=185 target/quarkus-app/app/ /deployments/app/
COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/

EXPOSE 8080
USER 185

# Application class-data sharing: the classes the service loads at start, archived by this image's
# own JVM (an archive is valid for the exact JVM that wrote it), so the service answers sooner
# after a start. The run stops after Quarkus' static initialization: no database is needed.
RUN java -XX:ArchiveClassesAtExit=/deployments/app-cds.jsa -Dquarkus.appcds.generate=true \
        -jar /deployments/quarkus-run.jar > /dev/null

# The heap follows the container's memory limit: 31.25% of it (160 MiB of the 512 MiB limit in
# k8s/), starting at 64 MiB and collected by the serial collector (the leanest on 2 cores);
# metaspace, code cache, direct buffers and malloc arenas are bounded, so the process stays near
# 300 MiB resident under the benchmark's peak load (bench/access-check.sh starts the service with
# these same options and a 512 MiB MaxRAM). An out-of-memory error ends the process so that the
# orchestrator restarts it rather than leaving it half alive.
ENV MALLOC_ARENA_MAX=2
ENV GC_CONTAINER_OPTIONS="-XX:+UseSerialGC"
ENV JAVA_OPTS_APPEND="-XX:SharedArchiveFile=/deployments/app-cds.jsa -XX:MaxRAMPercentage=31.25 -XX:InitialRAMPercentage=12.5 -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k -XX:+ExitOnOutOfMemoryError -Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
ENV JAVA_APP_JAR="/deployments/quarkus-run.jar"

ENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]
