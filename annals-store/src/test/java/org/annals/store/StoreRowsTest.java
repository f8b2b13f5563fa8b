package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreRowsTest {
  @Test
  void everyColumnOfEveryTableHasItsSchemaType() {
    for (String table : StoreRows.TABLES) {
      Map<String, String> types = StoreRows.columnTypes(table);
      assertThat(types).as(table).isNotEmpty();
      assertThat(types.values()).as(table).doesNotContainNull();
      assertThat(types).as(table).doesNotContainKeys("ingested_at", "run_id");
    }
    assertThat(StoreRows.columnTypes("articles"))
        .containsEntry("offset_map", "BLOB")
        .containsEntry("published_date", "DATE");
  }

  @Test
  void anUnknownTableIsRefused() {
    assertThatThrownBy(() -> StoreRows.columnTypes("quarantine"))
        .hasMessageContaining("no table 'quarantine'");
  }
}
