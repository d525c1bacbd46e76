/**
 * Maven ecosystem: Java archives ({@code .jar .war .ear .par .jpi .hpi}) and the archives nested in
 * them, streamed once with bounded depth, entries and inflated bytes.
 *
 * <p>Packages are named {@code groupId:artifactId} from each {@code pom.properties}; archives
 * without one are identified from their manifest and file name (Trivy would first look their SHA-1
 * up in its Java DB, which Moat does not have), and failing that from the file name alone, with the
 * bare artifact id as name. Every package carries the {@code sha1} of the archive it was found in.
 */
package dev.moat.ecosystem.maven;
