package io.corroborate.check;

/** One semantic check; stages run in order and each reports every problem it finds. */
interface CheckStage {
  void run(CheckContext context);
}
