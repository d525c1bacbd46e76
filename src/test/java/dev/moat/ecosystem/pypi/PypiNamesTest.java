package dev.moat.ecosystem.pypi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PypiNamesTest {

  @Test
  void normalisesPerPep503() {
    // names as the test files declare them
    assertThat(PypiNames.normalize("Sphinx")).isEqualTo("sphinx");
    assertThat(PypiNames.normalize("python_apt")).isEqualTo("python-apt");
    assertThat(PypiNames.normalize("zope.interface")).isEqualTo("zope-interface");
    assertThat(PypiNames.normalize("typing-extensions")).isEqualTo("typing-extensions");
    assertThat(PypiNames.normalize("a_-.b")).isEqualTo("a-b");
  }

  @Test
  void keepsTheDeclaredNameOnlyWhenItDiffers() {
    assertThat(PypiNames.pkg("python_apt", "2.6.0", "/x").properties()).isEqualTo(Map.of("declaredName", "python_apt"));
    assertThat(PypiNames.pkg("tomli", "2.0.1", "/x").properties()).isEmpty();
  }
}
