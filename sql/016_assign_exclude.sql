-- 016_assign_exclude.sql - a person taken off an assignment stays off: an 'excluded'
-- target keeps the audience's later resolving from reaching them again.
ALTER TABLE assignment_target
  MODIFY kind ENUM('person','dept','subtree','post','group','new_hire','excluded') NOT NULL;
