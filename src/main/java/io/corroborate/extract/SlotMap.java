package io.corroborate.extract;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A claim's slot values: immutable, in insertion order, in two small arrays. Claims are held by the
 * million in large evaluations, where a LinkedHashMap per claim (its entries, table and wrapper) cost
 * about 200 bytes more than the values themselves.
 */
final class SlotMap extends AbstractMap<String, Object> {
  private final String[] names;
  private final Object[] values;

  private SlotMap(String[] names, Object[] values) {
    this.names = names;
    this.values = values;
  }

  /** The map itself when it is already a SlotMap (immutable), else an ordered copy. */
  static Map<String, Object> copyOf(Map<String, Object> slots) {
    if (slots instanceof SlotMap same) {
      return same;
    }
    String[] names = new String[slots.size()];
    Object[] values = new Object[slots.size()];
    int i = 0;
    for (Map.Entry<String, Object> e : slots.entrySet()) {
      names[i] = e.getKey();
      values[i++] = e.getValue();
    }
    return new SlotMap(names, values);
  }

  @Override
  public Object get(Object name) {
    int i = indexOf(name);
    return i < 0 ? null : values[i];
  }

  @Override
  public boolean containsKey(Object name) {
    return indexOf(name) >= 0;
  }

  @Override
  public int size() {
    return names.length;
  }

  private int indexOf(Object name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, Object>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < names.length;
          }

          @Override
          public Map.Entry<String, Object> next() {
            if (next >= names.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(names[i], values[i]);
          }
        };
      }

      @Override
      public int size() {
        return names.length;
      }
    };
  }
}
