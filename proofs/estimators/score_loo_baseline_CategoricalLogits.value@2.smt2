; certjax: rule estimators.score_loo_baseline_CategoricalLogits, obligation 'value@2', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun b () Real)
(declare-fun |f[2]| () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54))))))
(assert
 (let ((?x61 (- 1.0)))
 (let ((?x62 (+ 1.0 ?x61)))
 (let ((?x63 (* b ?x62)))
 (let ((?x58 (+ (- 1.0) 1.0)))
 (let ((?x59 (* |f[2]| ?x58)))
 (let ((?x64 (+ ?x59 ?x63)))
 (or (and (distinct 0.0 ?x64) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun |f[2]| () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x67 (/ ?x51 exp!1)))
 (let ((?x66 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x97 (+ ?x66 ?x67)))
 (let ((?x86 (+ 1.0 ?x97)))
 (< 0.0 ?x86)))))))
(assert
 (let ((?x61 (- 1.0)))
 (let ((?x62 (+ 1.0 ?x61)))
 (let ((?x63 (* b ?x62)))
 (let ((?x58 (+ (- 1.0) 1.0)))
 (let ((?x59 (* |f[2]| ?x58)))
 (let ((?x64 (+ ?x59 ?x63)))
 (or (and (distinct 0.0 ?x64) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun b () Real)
(declare-fun |f[2]| () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x158 (/ ?x65 exp!3)))
 (let ((?x90 (+ 1.0 ?x158)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x111 (/ ?x24 exp!3)))
 (let ((?x96 (+ ?x111 ?x90)))
 (< 0.0 ?x96))))))))
(assert
 (let ((?x61 (- 1.0)))
 (let ((?x62 (+ 1.0 ?x61)))
 (let ((?x63 (* b ?x62)))
 (let ((?x58 (+ (- 1.0) 1.0)))
 (let ((?x59 (* |f[2]| ?x58)))
 (let ((?x64 (+ ?x59 ?x63)))
 (or (and (distinct 0.0 ?x64) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun |f[2]| () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x67 (/ ?x51 exp!1)))
 (let ((?x65 (* 1.0 exp!2)))
 (let ((?x66 (/ ?x65 exp!1)))
 (let ((?x97 (+ ?x66 ?x67)))
 (let ((?x86 (+ 1.0 ?x97)))
 (< 0.0 ?x86))))))))
(assert
 (let ((?x61 (- 1.0)))
 (let ((?x62 (+ 1.0 ?x61)))
 (let ((?x63 (* b ?x62)))
 (let ((?x58 (+ (- 1.0) 1.0)))
 (let ((?x59 (* |f[2]| ?x58)))
 (let ((?x64 (+ ?x59 ?x63)))
 (or (and (distinct 0.0 ?x64) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(check-sat)
(pop 1)
