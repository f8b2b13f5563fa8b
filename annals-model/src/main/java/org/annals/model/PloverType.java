package org.annals.model;

import java.util.List;

/**
 * The PLOVER reading of a CAMEO code: event type, mode and contexts (empty strings/lists when
 * none).
 */
public record PloverType(String event, String mode, List<String> context) {
  public PloverType {
    context = List.copyOf(context);
  }
}
