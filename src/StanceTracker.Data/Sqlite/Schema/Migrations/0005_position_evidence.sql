-- Version 5: one definition of "a position day with the statement, article and source behind it", read by the
-- timeline, shift, leader and cell-evidence queries. Column names are the C# property names they map to; SQLite
-- flattens the view, so filters on ActorKey, TopicId, Country and Day still use position_days' indexes.

CREATE VIEW IF NOT EXISTS position_evidence AS
SELECT d.actor_key AS ActorKey, d.topic_id AS TopicId, d.day AS Day, d.statement_id AS StatementId,
       d.actor_id AS ActorId, s.speaker_name AS SpeakerName, d.country AS Country, s.speaker_office AS Office,
       s.speaker_role AS Role, d.stance AS Stance, d.model_stance AS ModelStance, d.confidence AS Confidence,
       d.reviewed AS Reviewed, s.text AS Text, a.title AS ArticleTitle, a.url AS Url, src.name AS Source
FROM position_days d
JOIN statements s ON s.id = d.statement_id
JOIN articles a ON a.id = s.article_id
LEFT JOIN sources src ON src.id = a.source_id;
