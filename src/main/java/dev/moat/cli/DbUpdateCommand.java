package dev.moat.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** placeholder */
@Command(name = "update")
public final class DbUpdateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
