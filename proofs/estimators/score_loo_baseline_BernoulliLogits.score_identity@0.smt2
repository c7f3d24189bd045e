; certjax: rule estimators.score_loo_baseline_BernoulliLogits, obligation 'score_identity@0', verdict proved
; 6 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!72 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (= 0.0 ?x18))))
(assert
 (= 0.0 unknown!1))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let ((?x17 (- ?x15)))
 (let ((?x61 (/ ?x17 ?x18)))
 (let ((?x62 (+ 1.0 ?x61)))
 (let ((?x63 (- ?x62)))
 (let ((?x35 (/ ?x15 exp!2)))
 (let ((?x64 (* ?x35 ?x63)))
 (let ((?x60 (- b)))
 (let ((?x29 (+ |f[0]| ?x60)))
 (let ((?x65 (* ?x29 ?x64)))
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x34 (- ?x29)))
 (let ((?x57 (* ?x34 ?x49)))
 (let ((?x33 (* ?x35 ?x57)))
 (or (and (distinct ?x33 ?x65) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!72 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!72) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!72 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!72)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!72 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let ((?x17 (- ?x15)))
 (let ((?x61 (/ ?x17 ?x18)))
 (let ((?x62 (+ 1.0 ?x61)))
 (let ((?x63 (- ?x62)))
 (let ((?x35 (/ ?x15 exp!2)))
 (let ((?x64 (* ?x35 ?x63)))
 (let ((?x60 (- b)))
 (let ((?x29 (+ |f[0]| ?x60)))
 (let ((?x65 (* ?x29 ?x64)))
 (let ((?x66 (/ 1.0 exp!2)))
 (let ((?x34 (- ?x29)))
 (let ((?x67 (* ?x34 ?x66)))
 (let ((?x90 (* ?x35 ?x67)))
 (or (and (distinct ?x90 ?x65) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!72 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!72) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!72 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!72)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 3 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!72 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (< 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let ((?x17 (- ?x15)))
 (let ((?x61 (/ ?x17 ?x18)))
 (let ((?x62 (+ 1.0 ?x61)))
 (let ((?x63 (- ?x62)))
 (let ((?x35 (/ ?x15 exp!2)))
 (let ((?x64 (* ?x35 ?x63)))
 (let ((?x60 (- b)))
 (let ((?x29 (+ |f[0]| ?x60)))
 (let ((?x65 (* ?x29 ?x64)))
 (let ((?x66 (/ 1.0 exp!2)))
 (let ((?x34 (- ?x29)))
 (let ((?x67 (* ?x34 ?x66)))
 (let ((?x90 (* ?x35 ?x67)))
 (or (and (distinct ?x90 ?x65) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!72 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!72) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!72 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!72)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 4 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!72 () Real)
(declare-fun log!106 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x129 (+ 1.0 ?x49)))
 (= 0.0 ?x129))))
(assert
 (= 0.0 unknown!1))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x129 (+ 1.0 ?x49)))
 (< 0.0 ?x129))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x129 (+ 1.0 ?x49)))
 (let (($x182 (= 0.0 ?x129)))
 (not $x182)))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x129 (+ 1.0 ?x49)))
 (< 0.0 ?x129))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x129 (+ 1.0 ?x49)))
 (let (($x182 (= 0.0 ?x129)))
 (not $x182)))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x129 (+ 1.0 ?x49)))
 (let ((?x205 (/ ?x49 ?x129)))
 (let ((?x172 (- ?x205)))
 (let ((?x167 (/ 1.0 exp!3)))
 (let ((?x102 (* ?x167 ?x172)))
 (let ((?x60 (- b)))
 (let ((?x29 (+ |f[0]| ?x60)))
 (let ((?x196 (* ?x29 ?x102)))
 (let ((?x34 (- ?x29)))
 (let ((?x57 (* ?x34 ?x49)))
 (let ((?x213 (* ?x57 ?x167)))
 (or (and (distinct ?x213 ?x196) true)))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!72 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!72) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!72 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!72)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!106 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!106) (< exp!1 exp!3)))
(assert
 (= (< log!106 log!72) (< exp!3 exp!2)))
(assert
 (= (< log!72 log!106) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!106 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!106)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 5 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!72 () Real)
(declare-fun log!106 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x129 (+ 1.0 ?x49)))
 (< 0.0 ?x129))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x129 (+ 1.0 ?x49)))
 (< 0.0 ?x129))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x129 (+ 1.0 ?x49)))
 (let (($x182 (= 0.0 ?x129)))
 (not $x182)))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x129 (+ 1.0 ?x49)))
 (< 0.0 ?x129))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x129 (+ 1.0 ?x49)))
 (let (($x182 (= 0.0 ?x129)))
 (not $x182)))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x129 (+ 1.0 ?x49)))
 (let ((?x205 (/ ?x49 ?x129)))
 (let ((?x172 (- ?x205)))
 (let ((?x167 (/ 1.0 exp!3)))
 (let ((?x102 (* ?x167 ?x172)))
 (let ((?x60 (- b)))
 (let ((?x29 (+ |f[0]| ?x60)))
 (let ((?x196 (* ?x29 ?x102)))
 (let ((?x121 (/ ?x49 exp!3)))
 (let ((?x34 (- ?x29)))
 (let ((?x305 (* ?x34 ?x121)))
 (let ((?x202 (* ?x167 ?x305)))
 (or (and (distinct ?x202 ?x196) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!72 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!72) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!72 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!72)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!106 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!106) (< exp!1 exp!3)))
(assert
 (= (< log!106 log!72) (< exp!3 exp!2)))
(assert
 (= (< log!72 log!106) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!106 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!106)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 6 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!72 () Real)
(declare-fun log!106 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (< 0.0 unknown!2))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x129 (+ 1.0 ?x49)))
 (< 0.0 ?x129))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x129 (+ 1.0 ?x49)))
 (let (($x182 (= 0.0 ?x129)))
 (not $x182)))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x129 (+ 1.0 ?x49)))
 (< 0.0 ?x129))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x129 (+ 1.0 ?x49)))
 (let (($x182 (= 0.0 ?x129)))
 (not $x182)))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x129 (+ 1.0 ?x49)))
 (let ((?x205 (/ ?x49 ?x129)))
 (let ((?x172 (- ?x205)))
 (let ((?x167 (/ 1.0 exp!3)))
 (let ((?x102 (* ?x167 ?x172)))
 (let ((?x60 (- b)))
 (let ((?x29 (+ |f[0]| ?x60)))
 (let ((?x196 (* ?x29 ?x102)))
 (let ((?x121 (/ ?x49 exp!3)))
 (let ((?x34 (- ?x29)))
 (let ((?x305 (* ?x34 ?x121)))
 (let ((?x202 (* ?x167 ?x305)))
 (or (and (distinct ?x202 ?x196) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!72 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!72) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!72 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!72)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!106 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!106) (< exp!1 exp!3)))
(assert
 (= (< log!106 log!72) (< exp!3 exp!2)))
(assert
 (= (< log!72 log!106) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!106 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!106)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
