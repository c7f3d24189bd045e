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
 (let ((?x22 (/ 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x22)))
 (< 0.0 ?x44))))
(assert
 (let ((?x22 (/ 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x22)))
 (let (($x9 (= 0.0 ?x44)))
 (not $x9)))))
(assert
 (let ((?x22 (/ 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x22)))
 (let (($x9 (= 0.0 ?x44)))
 (not $x9)))))
(assert
 (let ((?x22 (/ 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x22)))
 (< 0.0 ?x44))))
(assert
 (let ((?x22 (/ 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x22)))
 (let (($x9 (= 0.0 ?x44)))
 (not $x9)))))
(assert
 (let ((?x22 (/ 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x22)))
 (let (($x9 (= 0.0 ?x44)))
 (not $x9)))))
(assert
 (let ((?x22 (/ 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x22)))
 (let (($x9 (= 0.0 ?x44)))
 (not $x9)))))
(assert
 (let ((?x22 (/ 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x22)))
 (let ((?x28 (/ 0.0 ?x44)))
 (let ((?x27 (- logits)))
 (let ((?x29 (+ ?x27 ?x28)))
 (let ((?x30 (* g ?x29)))
 (let ((?x8 (- g)))
 (let ((?x26 (* logits ?x8)))
 (let ((?x16 (- ?x22)))
 (let ((?x17 (/ ?x16 ?x44)))
 (let ((?x12 (- z)))
 (let ((?x25 (+ 1.0 ?x12)))
 (let ((?x11 (+ ?x25 ?x17)))
 (let ((?x14 (* g ?x11)))
 (let ((?x18 (/ 1.0 ?x44)))
 (let ((?x7 (+ ?x18 ?x12)))
 (let ((?x68 (* g ?x7)))
 (or (and (distinct ?x68 ?x14) true) (and (distinct ?x26 ?x30) true))))))))))))))))))))
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
 (let ((?x15 (* 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x15)))
 (< 0.0 ?x31))))
(assert
 (let ((?x15 (* 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x15)))
 (let (($x35 (= 0.0 ?x31)))
 (not $x35)))))
(assert
 (let ((?x15 (* 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x15)))
 (let (($x35 (= 0.0 ?x31)))
 (not $x35)))))
(assert
 (let ((?x15 (* 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x15)))
 (< 0.0 ?x31))))
(assert
 (let ((?x22 (/ 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x22)))
 (let (($x9 (= 0.0 ?x44)))
 (not $x9)))))
(assert
 (let ((?x15 (* 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x15)))
 (let (($x35 (= 0.0 ?x31)))
 (not $x35)))))
(assert
 (let ((?x15 (* 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x15)))
 (let (($x35 (= 0.0 ?x31)))
 (not $x35)))))
(assert
 (let ((?x15 (* 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x15)))
 (let ((?x191 (/ 0.0 ?x31)))
 (let ((?x27 (- logits)))
 (let ((?x160 (+ ?x27 ?x191)))
 (let ((?x58 (* g ?x160)))
 (let ((?x8 (- g)))
 (let ((?x26 (* logits ?x8)))
 (let ((?x34 (/ ?x15 ?x31)))
 (let ((?x12 (- z)))
 (let ((?x112 (+ ?x12 ?x34)))
 (let ((?x103 (* g ?x112)))
 (let ((?x22 (/ 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x22)))
 (let ((?x18 (/ 1.0 ?x44)))
 (let ((?x7 (+ ?x18 ?x12)))
 (let ((?x68 (* g ?x7)))
 (or (and (distinct ?x68 ?x103) true) (and (distinct ?x26 ?x58) true))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
