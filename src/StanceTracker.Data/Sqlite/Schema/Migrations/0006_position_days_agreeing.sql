-- Version 6: position_days.agreeing, how many of the day's statements by the actor on the topic share the day's
-- stance, so that two agreeing statements on one day can establish a stance (ShiftDetector) although the table keeps
-- one row per day. The evidence view carries it as Agreeing.

ALTER TABLE position_days ADD COLUMN agreeing INTEGER NOT NULL DEFAULT 1;

UPDATE position_days SET agreeing = (
  SELECT COUNT(*) FROM effective_positions e
  WHERE e.actor_key = position_days.actor_key AND e.topic_id = position_days.topic_id
    AND e.day = position_days.day AND e.stance = position_days.stance);

DROP VIEW IF EXISTS position_evidence;

CREATE VIEW position_evidence AS
SELECT d.actor_key AS ActorKey, d.topic_id AS TopicId, d.day AS Day, d.statement_id AS StatementId,
       d.actor_id AS ActorId, s.speaker_name AS SpeakerName, d.country AS Country, s.speaker_office AS Office,
       s.speaker_role AS Role, d.stance AS Stance, d.model_stance AS ModelStance, d.confidence AS Confidence,
       d.reviewed AS Reviewed, d.agreeing AS Agreeing, s.text AS Text, a.title AS ArticleTitle, a.url AS Url, src.name AS Source
FROM position_days d
JOIN statements s ON s.id = d.statement_id
JOIN articles a ON a.id = s.article_id
LEFT JOIN sources src ON src.id = a.source_id;
