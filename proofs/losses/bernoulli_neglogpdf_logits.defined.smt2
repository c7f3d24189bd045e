; certjax: rule losses.bernoulli_neglogpdf_logits, obligation 'defined', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (< 0.0 logits))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x33 (+ 1.0 ?x31)))
 (< 0.0 ?x33))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x33 (+ 1.0 ?x31)))
 (let (($x8 (= 0.0 ?x33)))
 (not $x8)))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x33 (+ 1.0 ?x31)))
 (let (($x8 (= 0.0 ?x33)))
 (not $x8)))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x33 (+ 1.0 ?x31)))
 (let (($x8 (= 0.0 ?x33)))
 (let (($x187 (not $x8)))
 (let (($x139 (< 0.0 ?x33)))
 (not (and $x139 $x187))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (= 0.0 logits))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x33 (+ 1.0 ?x31)))
 (< 0.0 ?x33))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x33 (+ 1.0 ?x31)))
 (let (($x8 (= 0.0 ?x33)))
 (not $x8)))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x33 (+ 1.0 ?x31)))
 (let (($x8 (= 0.0 ?x33)))
 (not $x8)))))
(assert
 (let ((?x191 (* 1.0 exp!1)))
 (let ((?x192 (+ 1.0 ?x191)))
 (< 0.0 ?x192))))
(assert
 (let ((?x191 (* 1.0 exp!1)))
 (let ((?x192 (+ 1.0 ?x191)))
 (let (($x228 (= 0.0 ?x192)))
 (not $x228)))))
(assert
 (let ((?x191 (* 1.0 exp!1)))
 (let ((?x192 (+ 1.0 ?x191)))
 (let (($x228 (= 0.0 ?x192)))
 (not $x228)))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x33 (+ 1.0 ?x31)))
 (< 0.0 ?x33))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x33 (+ 1.0 ?x31)))
 (let (($x8 (= 0.0 ?x33)))
 (not $x8)))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x33 (+ 1.0 ?x31)))
 (let (($x8 (= 0.0 ?x33)))
 (not $x8)))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x33 (+ 1.0 ?x31)))
 (let (($x8 (= 0.0 ?x33)))
 (let (($x187 (not $x8)))
 (let (($x139 (< 0.0 ?x33)))
 (not (and $x139 $x187))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (> 0.0 logits))
(assert
 (let ((?x191 (* 1.0 exp!1)))
 (let ((?x192 (+ 1.0 ?x191)))
 (< 0.0 ?x192))))
(assert
 (let ((?x191 (* 1.0 exp!1)))
 (let ((?x192 (+ 1.0 ?x191)))
 (let (($x228 (= 0.0 ?x192)))
 (not $x228)))))
(assert
 (let ((?x191 (* 1.0 exp!1)))
 (let ((?x192 (+ 1.0 ?x191)))
 (let (($x228 (= 0.0 ?x192)))
 (not $x228)))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x33 (+ 1.0 ?x31)))
 (let (($x8 (= 0.0 ?x33)))
 (let (($x187 (not $x8)))
 (let ((?x191 (* 1.0 exp!1)))
 (let ((?x192 (+ 1.0 ?x191)))
 (let (($x38 (< 0.0 ?x192)))
 (not (and $x38 $x187))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
