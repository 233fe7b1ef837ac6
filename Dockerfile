# syntax=docker/dockerfile:1
# Commerce Resolver image: built with the Maven wrapper on a JDK, run on a JRE.
# Usually started through docker-compose.yml (`docker compose --profile postgres up --build`).

# --- build ---------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# The whole tree (less .dockerignore): the build reads pom.xml, src/ and the top-level processes/ folder
# (BPMN playbooks staged for Kogito code generation).
COPY . .
# The cache mount keeps downloaded Maven and dependencies between image builds. Tests run in CI, not here.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -DskipTests package \
 && cp target/commerce-resolver-*.jar /src/app.jar

# --- run -----------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
WORKDIR /app
# A system user, so the service does not run as root; it owns /app because the default (H2) profile
# writes its database under ./data.
RUN groupadd --system app && useradd --system --gid app --home-dir /app app && chown app:app /app
COPY --from=build --chown=app:app /src/app.jar app.jar
# The service reads its policy rules, their KIE module and the Camel routes from its working directory at run
# time (resolver.rules.dir, resolver.rules.kmodule, camel.springboot.routes-include-pattern).
COPY --chown=app:app rules/ rules/
COPY --chown=app:app kie-config/ kie-config/
COPY --chown=app:app camel-routes/ camel-routes/
USER app
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "app.jar"]
