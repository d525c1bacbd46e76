/**
 * npm ecosystem: installed packages ({@code node_modules/**}{@code /package.json}) and the lock
 * files of npm, Yarn and pnpm.
 *
 * <p>Choices, compared with Trivy: Trivy reads lock files only when scanning a filesystem or
 * repository and, in images, only installed package.json files. Moat reads both wherever they are
 * and reports each package at its own path, so an image holding {@code /app/package-lock.json} and
 * {@code /app/node_modules} lists a package once per file; lock-file packages can be told apart by
 * their path, and each analyzer has its own name ({@code npm-pkg}, {@code npm-lock},
 * {@code yarn-lock}, {@code pnpm-lock}) for the engine to turn off. Lock files inside node_modules
 * are ignored (they describe nothing installed). Like Trivy by default, development dependencies are
 * left out of package-lock.json and pnpm-lock.yaml; yarn.lock does not mark them, so all its
 * packages are reported.
 */
package dev.moat.ecosystem.npm;
