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

# The heap follows the container's memory limit: half of it (512 MiB of the 1 GiB limit in
# k8s/), the rest for metaspace, threads, code cache and direct buffers. An out-of-memory
# error ends the process so that the orchestrator restarts it rather than leaving it half alive.
ENV JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=50.0 -XX:InitialRAMPercentage=25.0 -XX:+ExitOnOutOfMemoryError -Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
ENV JAVA_APP_JAR="/deployments/quarkus-run.jar"

ENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]
