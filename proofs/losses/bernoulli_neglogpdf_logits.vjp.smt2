; certjax: rule losses.bernoulli_neglogpdf_logits, obligation 'vjp', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun g () Real)
(declare-fun z () Real)
(assert
 (< 0.0 logits))
(assert
 (let ((?x45 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x45)))
 (< 0.0 ?x24))))
(assert
 (let ((?x45 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x45)))
 (let (($x19 (= 0.0 ?x24)))
 (not $x19)))))
(assert
 (let ((?x45 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x45)))
 (let (($x19 (= 0.0 ?x24)))
 (not $x19)))))
(assert
 (let ((?x45 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x45)))
 (< 0.0 ?x24))))
(assert
 (let ((?x45 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x45)))
 (let (($x19 (= 0.0 ?x24)))
 (not $x19)))))
(assert
 (let ((?x45 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x45)))
 (let (($x19 (= 0.0 ?x24)))
 (not $x19)))))
(assert
 (let ((?x45 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x45)))
 (let (($x19 (= 0.0 ?x24)))
 (not $x19)))))
(assert
 (let ((?x45 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x45)))
 (let ((?x28 (/ 0.0 ?x24)))
 (let ((?x66 (- logits)))
 (let ((?x29 (+ ?x66 ?x28)))
 (let ((?x30 (* g ?x29)))
 (let ((?x9 (- g)))
 (let ((?x27 (* logits ?x9)))
 (let ((?x17 (- ?x45)))
 (let ((?x11 (/ ?x17 ?x24)))
 (let ((?x12 (- z)))
 (let ((?x26 (+ 1.0 ?x12)))
 (let ((?x14 (+ ?x26 ?x11)))
 (let ((?x15 (* g ?x14)))
 (let ((?x20 (/ 1.0 ?x24)))
 (let ((?x7 (+ ?x20 ?x12)))
 (let ((?x67 (* g ?x7)))
 (or (and (distinct ?x67 ?x15) true) (and (distinct ?x27 ?x30) true))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun g () Real)
(declare-fun z () Real)
(assert
 (> 0.0 logits))
(assert
 (let ((?x8 (* 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x8)))
 (< 0.0 ?x31))))
(assert
 (let ((?x8 (* 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x8)))
 (let (($x35 (= 0.0 ?x31)))
 (not $x35)))))
(assert
 (let ((?x8 (* 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x8)))
 (let (($x35 (= 0.0 ?x31)))
 (not $x35)))))
(assert
 (let ((?x8 (* 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x8)))
 (< 0.0 ?x31))))
(assert
 (let ((?x45 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x45)))
 (let (($x19 (= 0.0 ?x24)))
 (not $x19)))))
(assert
 (let ((?x8 (* 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x8)))
 (let (($x35 (= 0.0 ?x31)))
 (not $x35)))))
(assert
 (let ((?x8 (* 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x8)))
 (let (($x35 (= 0.0 ?x31)))
 (not $x35)))))
(assert
 (let ((?x8 (* 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x8)))
 (let ((?x192 (/ 0.0 ?x31)))
 (let ((?x66 (- logits)))
 (let ((?x124 (+ ?x66 ?x192)))
 (let ((?x60 (* g ?x124)))
 (let ((?x9 (- g)))
 (let ((?x27 (* logits ?x9)))
 (let ((?x34 (/ ?x8 ?x31)))
 (let ((?x12 (- z)))
 (let ((?x118 (+ ?x12 ?x34)))
 (let ((?x104 (* g ?x118)))
 (let ((?x45 (/ 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x45)))
 (let ((?x20 (/ 1.0 ?x24)))
 (let ((?x7 (+ ?x20 ?x12)))
 (let ((?x67 (* g ?x7)))
 (or (and (distinct ?x67 ?x104) true) (and (distinct ?x27 ?x60) true))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
