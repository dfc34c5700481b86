-- Every speaker of a joint statement ("Germany and France said …"), as a JSON list with the
-- `speaker` column's actor first; a quote one actor said lists that one actor.
ALTER TABLE quotes ADD COLUMN speakers TEXT;
