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
 (let ((?x41 (/ 1.0 exp!1)))
 (let ((?x43 (+ 1.0 ?x41)))
 (< 0.0 ?x43))))
(assert
 (let ((?x41 (/ 1.0 exp!1)))
 (let ((?x43 (+ 1.0 ?x41)))
 (let (($x35 (= 0.0 ?x43)))
 (not $x35)))))
(assert
 (let ((?x41 (/ 1.0 exp!1)))
 (let ((?x43 (+ 1.0 ?x41)))
 (let (($x35 (= 0.0 ?x43)))
 (not $x35)))))
(assert
 (let ((?x41 (/ 1.0 exp!1)))
 (let ((?x43 (+ 1.0 ?x41)))
 (let (($x35 (= 0.0 ?x43)))
 (let (($x104 (not $x35)))
 (let (($x124 (< 0.0 ?x43)))
 (not (and $x124 $x104))))))))
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
 (let ((?x41 (/ 1.0 exp!1)))
 (let ((?x43 (+ 1.0 ?x41)))
 (< 0.0 ?x43))))
(assert
 (let ((?x41 (/ 1.0 exp!1)))
 (let ((?x43 (+ 1.0 ?x41)))
 (let (($x35 (= 0.0 ?x43)))
 (not $x35)))))
(assert
 (let ((?x41 (/ 1.0 exp!1)))
 (let ((?x43 (+ 1.0 ?x41)))
 (let (($x35 (= 0.0 ?x43)))
 (not $x35)))))
(assert
 (let ((?x114 (* 1.0 exp!1)))
 (let ((?x63 (+ 1.0 ?x114)))
 (< 0.0 ?x63))))
(assert
 (let ((?x114 (* 1.0 exp!1)))
 (let ((?x63 (+ 1.0 ?x114)))
 (let (($x237 (= 0.0 ?x63)))
 (not $x237)))))
(assert
 (let ((?x114 (* 1.0 exp!1)))
 (let ((?x63 (+ 1.0 ?x114)))
 (let (($x237 (= 0.0 ?x63)))
 (not $x237)))))
(assert
 (let ((?x41 (/ 1.0 exp!1)))
 (let ((?x43 (+ 1.0 ?x41)))
 (< 0.0 ?x43))))
(assert
 (let ((?x41 (/ 1.0 exp!1)))
 (let ((?x43 (+ 1.0 ?x41)))
 (let (($x35 (= 0.0 ?x43)))
 (not $x35)))))
(assert
 (let ((?x41 (/ 1.0 exp!1)))
 (let ((?x43 (+ 1.0 ?x41)))
 (let (($x35 (= 0.0 ?x43)))
 (not $x35)))))
(assert
 (let ((?x41 (/ 1.0 exp!1)))
 (let ((?x43 (+ 1.0 ?x41)))
 (let (($x35 (= 0.0 ?x43)))
 (let (($x104 (not $x35)))
 (let (($x124 (< 0.0 ?x43)))
 (not (and $x124 $x104))))))))
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
 (let ((?x114 (* 1.0 exp!1)))
 (let ((?x63 (+ 1.0 ?x114)))
 (< 0.0 ?x63))))
(assert
 (let ((?x114 (* 1.0 exp!1)))
 (let ((?x63 (+ 1.0 ?x114)))
 (let (($x237 (= 0.0 ?x63)))
 (not $x237)))))
(assert
 (let ((?x114 (* 1.0 exp!1)))
 (let ((?x63 (+ 1.0 ?x114)))
 (let (($x237 (= 0.0 ?x63)))
 (not $x237)))))
(assert
 (let ((?x41 (/ 1.0 exp!1)))
 (let ((?x43 (+ 1.0 ?x41)))
 (let (($x35 (= 0.0 ?x43)))
 (let (($x104 (not $x35)))
 (let ((?x114 (* 1.0 exp!1)))
 (let ((?x63 (+ 1.0 ?x114)))
 (let (($x96 (< 0.0 ?x63)))
 (not (and $x96 $x104))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
