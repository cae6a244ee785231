package org.treatysearch.solrplugin;

import java.util.List;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.SortField;
import org.apache.solr.common.SolrException;
import org.apache.solr.response.TextResponseWriter;
import org.apache.solr.schema.FieldType;
import org.apache.solr.schema.SchemaField;
import org.apache.solr.uninverting.UninvertingReader;
import org.treatysearch.index.DayRanges;

/**
 * The passages' date ranges ({@code date}): each value {@code FIRST,LAST} (epoch days, {@link
 * DayRanges}) is indexed as the embedded index indexes a date mention, one one-dimensional {@link
 * LongRange}, so the engine's {@code date:} query ({@code DateQueries}, built by the treaty query
 * parser) matches the same passages. Indexed only: not stored, no docValues, not sortable.
 */
public final class DayRangeField extends FieldType {
  @Override
  public List<IndexableField> createFields(SchemaField field, Object value) {
    long[] range;
    try {
      range = DayRanges.parse(value.toString());
    } catch (IllegalArgumentException e) {
      throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, "field " + field.getName() + ": " + e.getMessage(), e);
    }
    return List.of(new LongRange(field.getName(), new long[] {range[0]}, new long[] {range[1]}));
  }

  @Override
  public IndexableField createField(SchemaField field, Object value) {
    return createFields(field, value).get(0);
  }

  @Override
  public void checkSchemaField(SchemaField field) {
    if (field.stored() || field.hasDocValues()) {
      throw new SolrException(SolrException.ErrorCode.SERVER_ERROR,
          "field " + field.getName() + ": a day range is indexed only (stored=\"false\" docValues=\"false\")");
    }
  }

  @Override
  public UninvertingReader.Type getUninversionType(SchemaField sf) {
    return null;
  }

  @Override
  public void write(TextResponseWriter writer, String name, IndexableField f) {
    throw new UnsupportedOperationException("day ranges are not stored");
  }

  @Override
  public SortField getSortField(SchemaField field, boolean top) {
    throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, "cannot sort on the day ranges of " + field.getName());
  }
}
