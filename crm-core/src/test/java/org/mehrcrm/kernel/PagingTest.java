package org.mehrcrm.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PagingTest {

  @Test
  void firstPageRequestStartsAtTheBeginning() {
    PageRequest first = PageRequest.first(50);

    assertThat(first.after()).isNull();
    assertThat(first.size()).isEqualTo(50);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 999, 1000})
  void pageSizeFromOneToAThousandIsAccepted(int size) {
    assertThat(new PageRequest("C-1", size).size()).isEqualTo(size);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 1001, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void pageSizeOutsideOneToAThousandIsRejected(int size) {
    assertThatThrownBy(() -> PageRequest.first(size))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("size: must be between 1 and 1000")
        .extracting("field")
        .isEqualTo("size");
  }

  @Test
  void fewerItemsThanThePageSizeMakeTheLastPage() {
    Page<String> page = Page.of(List.of("C-1", "C-2"), PageRequest.first(3), Function.identity());

    assertThat(page.items()).containsExactly("C-1", "C-2");
    assertThat(page.hasNext()).isFalse();
    assertThat(page.nextRequest()).isNull();
  }

  @Test
  void exactlyThePageSizeMakesTheLastPage() {
    Page<String> page = Page.of(List.of("C-1", "C-2", "C-3"), PageRequest.first(3), Function.identity());

    assertThat(page.items()).containsExactly("C-1", "C-2", "C-3");
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  void aLookAheadItemMeansAnotherPageFollowsAfterTheLastShownItem() {
    Page<String> page = Page.of(List.of("C-1", "C-2", "C-3", "C-4"), new PageRequest("C-0", 3),
        Function.identity());

    assertThat(page.items()).containsExactly("C-1", "C-2", "C-3");
    assertThat(page.hasNext()).isTrue();
    assertThat(page.next()).isEqualTo(new PageRequest("C-3", 3));
  }

  @Test
  void nextOnTheLastPageIsAStateError() {
    Page<String> last = Page.of(List.of(), PageRequest.first(10), Function.identity());

    assertThatThrownBy(last::next)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this is the last page");
  }

  @Test
  void pageKeepsItsOwnCopyOfTheItems() {
    List<String> fetched = new ArrayList<>(List.of("C-1", "C-2"));
    Page<String> page = Page.of(fetched, PageRequest.first(5), Function.identity());

    fetched.add("C-3");

    assertThat(page.items()).containsExactly("C-1", "C-2");
    assertThatThrownBy(() -> page.items().add("C-9")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void pagesAreEqualByItemsAndNextRequest() {
    Page<String> a = new Page<>(List.of("C-1"), new PageRequest("C-1", 1));
    Page<String> b = new Page<>(new ArrayList<>(List.of("C-1")), new PageRequest("C-1", 1));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(new Page<>(List.of("C-1"), null));
  }
}
