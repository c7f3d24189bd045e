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
 (let ((?x34 (+ 1.0 ?x31)))
 (< 0.0 ?x34))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x34 (+ 1.0 ?x31)))
 (let (($x9 (= 0.0 ?x34)))
 (not $x9)))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x34 (+ 1.0 ?x31)))
 (let (($x9 (= 0.0 ?x34)))
 (not $x9)))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x34 (+ 1.0 ?x31)))
 (let (($x9 (= 0.0 ?x34)))
 (let (($x185 (not $x9)))
 (let (($x118 (< 0.0 ?x34)))
 (not (and $x118 $x185))))))))
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
 (let ((?x34 (+ 1.0 ?x31)))
 (< 0.0 ?x34))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x34 (+ 1.0 ?x31)))
 (let (($x9 (= 0.0 ?x34)))
 (not $x9)))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x34 (+ 1.0 ?x31)))
 (let (($x9 (= 0.0 ?x34)))
 (not $x9)))))
(assert
 (let ((?x104 (* 1.0 exp!1)))
 (let ((?x192 (+ 1.0 ?x104)))
 (< 0.0 ?x192))))
(assert
 (let ((?x104 (* 1.0 exp!1)))
 (let ((?x192 (+ 1.0 ?x104)))
 (let (($x211 (= 0.0 ?x192)))
 (not $x211)))))
(assert
 (let ((?x104 (* 1.0 exp!1)))
 (let ((?x192 (+ 1.0 ?x104)))
 (let (($x211 (= 0.0 ?x192)))
 (not $x211)))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x34 (+ 1.0 ?x31)))
 (< 0.0 ?x34))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x34 (+ 1.0 ?x31)))
 (let (($x9 (= 0.0 ?x34)))
 (not $x9)))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x34 (+ 1.0 ?x31)))
 (let (($x9 (= 0.0 ?x34)))
 (not $x9)))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x34 (+ 1.0 ?x31)))
 (let (($x9 (= 0.0 ?x34)))
 (let (($x185 (not $x9)))
 (let (($x118 (< 0.0 ?x34)))
 (not (and $x118 $x185))))))))
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
 (let ((?x104 (* 1.0 exp!1)))
 (let ((?x192 (+ 1.0 ?x104)))
 (< 0.0 ?x192))))
(assert
 (let ((?x104 (* 1.0 exp!1)))
 (let ((?x192 (+ 1.0 ?x104)))
 (let (($x211 (= 0.0 ?x192)))
 (not $x211)))))
(assert
 (let ((?x104 (* 1.0 exp!1)))
 (let ((?x192 (+ 1.0 ?x104)))
 (let (($x211 (= 0.0 ?x192)))
 (not $x211)))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x34 (+ 1.0 ?x31)))
 (let (($x9 (= 0.0 ?x34)))
 (let (($x185 (not $x9)))
 (let ((?x104 (* 1.0 exp!1)))
 (let ((?x192 (+ 1.0 ?x104)))
 (let (($x206 (< 0.0 ?x192)))
 (not (and $x206 $x185))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
