#!/usr/bin/env bash
# Checks the contract the way its users meet it: two linters, then a Java and a TypeScript
# client generated from it must compile. Needs the network (npm registry, Maven Central), so
# it is not part of ./mvnw verify. Run from anywhere: openapi/check.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
spec=openapi/openapi.yaml
work=target/openapi-check
generator_version=7.17.0
rm -rf "$work"
mkdir -p "$work"

step() { printf '\n== %s\n' "$*"; }

step "Redocly lint"
npx -y @redocly/cli lint "$spec"

step "Spectral lint (spectral:oas)"
npx -y @stoplight/spectral-cli lint --fail-severity error --ruleset openapi/spectral.yaml "$spec"

step "OpenAPI Generator $generator_version"
./mvnw -B -q dependency:copy -Dartifact="org.openapitools:openapi-generator-cli:$generator_version" \
    -DoutputDirectory="$work" -Dmdep.stripVersion=true
generate() {
    java -jar "$work/openapi-generator-cli.jar" generate --input-spec "$spec" --output "$work/$1" \
        --generator-name "$2" "${@:3}" >"$work/$1.log" 2>&1 || { cat "$work/$1.log"; return 1; }
    grep -E '^\[main\] (WARN|ERROR)' "$work/$1.log" || true
}

step "Java client (java, library native): generate and compile"
generate java java --library native \
    --additional-properties=invokerPackage=com.cagekeeper.client,apiPackage=com.cagekeeper.client.api,modelPackage=com.cagekeeper.client.model,groupId=com.cagekeeper,artifactId=cagekeeper-client,hideGenerationTimestamp=true
./mvnw -B -q -f "$work/java/pom.xml" -DskipTests -Dmaven.javadoc.skip=true compile

step "TypeScript client (typescript-fetch): generate and compile"
generate typescript typescript-fetch --additional-properties=supportsES6=true
npx -y -p typescript tsc --noEmit --strict --target es2020 --lib es2020,dom --module es2020 \
    --moduleResolution bundler "$work/typescript/index.ts"

step "All checks passed"
