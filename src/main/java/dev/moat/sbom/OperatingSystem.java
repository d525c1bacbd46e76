package dev.moat.sbom;

import java.util.Optional;

/**
 * The distribution an image is built on.
 *
 * @param family the distribution id as in os-release {@code ID}: {@code debian}, {@code ubuntu},
 *     {@code alpine}, {@code wolfi}, {@code rhel}, {@code centos}, {@code rocky}, {@code almalinux},
 *     {@code fedora}, {@code amzn}, {@code opensuse-leap}, {@code sles}, ...
 * @param version the release as advisories name it: {@code 12} for Debian, {@code 22.04} for
 *     Ubuntu, {@code 3.20.3} for Alpine (matchers reduce it to the branch they need)
 * @param codename the release codename, if any ({@code bookworm})
 * @param prettyName the human name, if any
 * @param distroless whether the image is distroless (dpkg status.d, no shell)
 */
public record OperatingSystem(
    String family, String version, Optional<String> codename, Optional<String> prettyName, boolean distroless) {}
