-- What must hold in an archive whatever happened during an import: every meeting has exactly one current version,
-- every version its source document, no item, decision or finding without its meeting or item. Each line is a count
-- of violations and must be 0.
SELECT 'meetings without exactly one current version', count(*) FROM meeting m
  WHERE NOT m."Deleted" AND (SELECT count(*) FROM meeting_version v WHERE v."MeetingId" = m."Id" AND v."IsCurrent") <> 1;
SELECT 'versions without their source document', count(*) FROM meeting_version v
  WHERE NOT EXISTS (SELECT 1 FROM source_document d WHERE d."Id" = v."SourceDocumentId");
SELECT 'source documents without a version', count(*) FROM source_document d
  WHERE NOT EXISTS (SELECT 1 FROM meeting_version v WHERE v."SourceDocumentId" = d."Id");
SELECT 'current meetings without items', count(*) FROM meeting m
  WHERE NOT m."Deleted" AND NOT EXISTS (SELECT 1 FROM agenda_item i WHERE i."MeetingId" = m."Id" AND NOT i."Deleted");
SELECT 'decisions without their item', count(*) FROM decision d
  WHERE NOT EXISTS (SELECT 1 FROM agenda_item i WHERE i."Id" = d."AgendaItemId");
SELECT 'findings without their meeting', count(*) FROM personal_data_finding f
  WHERE NOT EXISTS (SELECT 1 FROM meeting m WHERE m."Id" = f."MeetingId");
