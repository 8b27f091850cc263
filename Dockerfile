# syntax=docker/dockerfile:1

# Khaacho: the all-in-one application image (app/target/khaacho.jar).
# Build: docker build -t khaacho .    Run: see docker-compose.yml and README.md.

# ---------------------------------------------------------------------------------------------
# Build stage: the whole Maven reactor, tests skipped (they run in CI, not in the image build).
# ---------------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# The whole reactor (poms, sources, resources, .mvn); .dockerignore leaves out build output,
# VCS data, IDE files and local secrets.
COPY . .

# The cache mount keeps ~/.m2 between builds, so only changed dependencies are downloaded.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -DskipTests package

# ---------------------------------------------------------------------------------------------
# Runtime stage: JRE only, unprivileged user.
# ---------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

# Tesseract with English and Nepali data, for reading photos of handwritten or printed lists; the Noto
# fonts (Devanagari and Latin) the invoice PDFs are drawn with.
RUN apt-get update \
    && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-eng tesseract-ocr-nep fonts-noto-core \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 khaacho \
    && useradd --system --uid 10001 --gid khaacho --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin khaacho \
    && mkdir -p /app/.khaacho \
    && chown -R khaacho:khaacho /app

WORKDIR /app
COPY --from=build --chown=khaacho:khaacho /build/app/target/khaacho.jar /app/khaacho.jar

USER khaacho

# The user's home is /app, so the application's local files under ~/.khaacho (such as the JWT
# signing key it generates when JWT_PRIVATE_KEY is not set) land in /app/.khaacho: mount a volume
# there to keep them when the container is replaced (docker-compose.yml does).
VOLUME ["/app/.khaacho"]

# Container-aware heap sizing; stop on OutOfMemoryError so the orchestrator restarts the container.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \
    PORT=8080

EXPOSE 8080

# Arguments after the image name go to the application's command line: none starts production
# ("serve"); "admin add --phone … --name …" creates the first admin; "--help" lists the rest. The demo
# mode ("demo") listens on 127.0.0.1 unless SERVER_ADDRESS says otherwise, which in a container
# means unreachable from outside it: run the demo from the jar instead.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/khaacho.jar \"$@\"", "khaacho"]
