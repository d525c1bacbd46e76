/**
 * Secret scanning of image files as the layers stream: {@link dev.moat.secret.SecretScanner} is
 * the entry point, {@link dev.moat.secret.SecretConfigLoader} reads a Trivy-style {@code
 * trivy-secret.yaml}.
 *
 * <p>Behaviour taken from Trivy so that results compare: the built-in rule ids, keywords and
 * severities; its built-in allow rules (paths with {@code test}, {@code example}, {@code
 * /vendor/}, {@code /usr/share/}, {@code /usr/lib/}, {@code /usr/include/}, {@code .md}, locales,
 * language runtimes' install dirs; matches containing {@code example}); its secret analyzer's skips
 * (lock files, {@code .git/}, {@code node_modules/}, media and archive extensions, files under 10
 * bytes); masking of the secret in reported lines. Moat differs in that a rule's regex runs on the
 * lines around its keywords instead of the whole file, binary files (NUL in the first 8000 bytes)
 * are skipped, and files above the size limit (10 MB by default) are skipped instead of warned about.
 */
package dev.moat.secret;
