# Builds one of Hadana's two applications: docker build --build-arg APP=bot (or admin).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
ARG APP=bot
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 hadana
COPY --from=build /src/${APP}/target/hadana-${APP}.jar /app/app.jar
USER hadana
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
