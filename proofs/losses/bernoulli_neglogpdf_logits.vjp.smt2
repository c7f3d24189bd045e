; certjax: rule losses.bernoulli_neglogpdf_logits, obligation 'vjp', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!0 () Real)
(declare-fun g () Real)
(declare-fun z () Real)
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
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x9 (+ 1.0 ?x24)))
 (< 0.0 ?x9))))
(assert
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x19 (+ 1.0 ?x22)))
 (let (($x14 (= 0.0 ?x19)))
 (not $x14)))))
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
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x9 (+ 1.0 ?x24)))
 (let ((?x38 (/ 0.0 ?x9)))
 (let ((?x37 (- logits)))
 (let ((?x39 (+ ?x37 ?x38)))
 (let ((?x40 (* g ?x39)))
 (let ((?x31 (- g)))
 (let ((?x36 (* logits ?x31)))
 (let ((?x32 (/ ?x24 ?x9)))
 (let ((?x11 (- z)))
 (let ((?x30 (+ ?x11 ?x32)))
 (let ((?x33 (* g ?x30)))
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x19 (+ 1.0 ?x22)))
 (let ((?x13 (/ 1.0 ?x19)))
 (let ((?x10 (+ ?x13 ?x11)))
 (let ((?x28 (* g ?x10)))
 (or (and (distinct ?x28 ?x33) true) (and (distinct ?x36 ?x40) true))))))))))))))))))))
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
(declare-fun g () Real)
(declare-fun z () Real)
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
 (not $x14)))))
(assert
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x19 (+ 1.0 ?x22)))
 (let ((?x81 (/ 0.0 ?x19)))
 (let ((?x37 (- logits)))
 (let ((?x82 (+ ?x37 ?x81)))
 (let ((?x84 (* g ?x82)))
 (let ((?x31 (- g)))
 (let ((?x36 (* logits ?x31)))
 (let ((?x91 (- ?x22)))
 (let ((?x74 (/ ?x91 ?x19)))
 (let ((?x11 (- z)))
 (let ((?x100 (+ 1.0 ?x11)))
 (let ((?x75 (+ ?x100 ?x74)))
 (let ((?x67 (* g ?x75)))
 (let ((?x13 (/ 1.0 ?x19)))
 (let ((?x10 (+ ?x13 ?x11)))
 (let ((?x28 (* g ?x10)))
 (or (and (distinct ?x28 ?x67) true) (and (distinct ?x36 ?x84) true))))))))))))))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> logits 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 logits)))
(check-sat)
(pop 1)
