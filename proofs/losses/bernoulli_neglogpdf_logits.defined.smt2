; certjax: rule losses.bernoulli_neglogpdf_logits, obligation 'defined', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!0 () Real)
(assert
 (> 0.0 logits))
(assert
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x9 (+ 1.0 ?x24)))
 (< 0.0 ?x9))))
(assert
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x9 (+ 1.0 ?x24)))
 (let (($x20 (= 0.0 ?x9)))
 (not $x20)))))
(assert
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x9 (+ 1.0 ?x24)))
 (let (($x20 (= 0.0 ?x9)))
 (not $x20)))))
(assert
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x19 (+ 1.0 ?x22)))
 (let (($x14 (= 0.0 ?x19)))
 (let (($x16 (not $x14)))
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x9 (+ 1.0 ?x24)))
 (let (($x23 (< 0.0 ?x9)))
 (not (and $x23 $x16))))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> logits 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!0 () Real)
(assert
 (< 0.0 logits))
(assert
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x19 (+ 1.0 ?x22)))
 (< 0.0 ?x19))))
(assert
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x19 (+ 1.0 ?x22)))
 (let (($x14 (= 0.0 ?x19)))
 (not $x14)))))
(assert
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x19 (+ 1.0 ?x22)))
 (let (($x14 (= 0.0 ?x19)))
 (not $x14)))))
(assert
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x19 (+ 1.0 ?x22)))
 (let (($x14 (= 0.0 ?x19)))
 (let (($x16 (not $x14)))
 (let (($x55 (< 0.0 ?x19)))
 (not (and $x55 $x16))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> logits 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 logits)))
(check-sat)
(pop 1)
