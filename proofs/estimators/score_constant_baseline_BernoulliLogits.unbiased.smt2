; certjax: rule estimators.score_constant_baseline_BernoulliLogits, obligation 'unbiased', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun b () Real)
(declare-fun log!66 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x23 (= 0.0 ?x19)))
 (not $x23)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x23 (= 0.0 ?x19)))
 (not $x23)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let ((?x59 (- ?x18)))
 (let ((?x60 (/ ?x59 ?x19)))
 (let ((?x61 (+ 1.0 ?x60)))
 (let ((?x62 (- ?x61)))
 (let ((?x65 (+ 1.0 ?x62)))
 (let ((?x48 (/ 1.0 exp!2)))
 (let ((?x66 (* ?x48 ?x65)))
 (let ((?x67 (* |f[1]| ?x66)))
 (let ((?x50 (/ ?x18 exp!2)))
 (let ((?x63 (* ?x50 ?x62)))
 (let ((?x64 (* |f[0]| ?x63)))
 (let ((?x68 (+ ?x64 ?x67)))
 (let ((?x44 (- b)))
 (let ((?x53 (+ |f[1]| ?x44)))
 (let ((?x54 (- ?x53)))
 (let ((?x55 (* ?x54 ?x48)))
 (let ((?x56 (+ ?x53 ?x55)))
 (let ((?x57 (* ?x48 ?x56)))
 (let ((?x45 (+ |f[0]| ?x44)))
 (let ((?x46 (- ?x45)))
 (let ((?x49 (* ?x46 ?x48)))
 (let ((?x51 (* ?x50 ?x49)))
 (let ((?x58 (+ ?x51 ?x57)))
 (or (and (distinct ?x58 ?x68) true))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!66 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!66) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!66 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!66)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun b () Real)
(declare-fun exp!2 () Real)
(declare-fun log!66 () Real)
(declare-fun log!94 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x69 (* 1.0 exp!1)))
 (let ((?x70 (+ 1.0 ?x69)))
 (< 0.0 ?x70))))
(assert
 (let ((?x69 (* 1.0 exp!1)))
 (let ((?x70 (+ 1.0 ?x69)))
 (let (($x258 (= 0.0 ?x70)))
 (not $x258)))))
(assert
 (let ((?x69 (* 1.0 exp!1)))
 (let ((?x70 (+ 1.0 ?x69)))
 (< 0.0 ?x70))))
(assert
 (let ((?x69 (* 1.0 exp!1)))
 (let ((?x70 (+ 1.0 ?x69)))
 (let (($x258 (= 0.0 ?x70)))
 (not $x258)))))
(assert
 (let ((?x69 (* 1.0 exp!1)))
 (let ((?x70 (+ 1.0 ?x69)))
 (let ((?x142 (/ ?x69 ?x70)))
 (let ((?x143 (- ?x142)))
 (let ((?x169 (+ 1.0 ?x143)))
 (let ((?x116 (/ ?x69 exp!3)))
 (let ((?x170 (* ?x116 ?x169)))
 (let ((?x177 (* |f[1]| ?x170)))
 (let ((?x127 (/ 1.0 exp!3)))
 (let ((?x162 (* ?x127 ?x143)))
 (let ((?x163 (* |f[0]| ?x162)))
 (let ((?x174 (+ ?x163 ?x177)))
 (let ((?x44 (- b)))
 (let ((?x53 (+ |f[1]| ?x44)))
 (let ((?x54 (- ?x53)))
 (let ((?x176 (* ?x54 ?x116)))
 (let ((?x138 (+ ?x53 ?x176)))
 (let ((?x160 (* ?x116 ?x138)))
 (let ((?x45 (+ |f[0]| ?x44)))
 (let ((?x46 (- ?x45)))
 (let ((?x126 (* ?x46 ?x116)))
 (let ((?x137 (* ?x127 ?x126)))
 (let ((?x161 (+ ?x137 ?x160)))
 (or (and (distinct ?x161 ?x174) true))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!66 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!66) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!66 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!66)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!94 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!94) (< exp!1 exp!3)))
(assert
 (= (< log!94 log!66) (< exp!3 exp!2)))
(assert
 (= (< log!66 log!94) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!94 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!94)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
