; certjax: rule estimators.score_loo_baseline_Laplace, obligation 'second_order.hessian_identity[3]', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun log!26 () Real)
(declare-fun log!23 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (< 0.0 ?x10)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let ((?x140 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x167 (* ?x140 exp!4)))
 (let ((?x183 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x184 (* (/ 1.0 2.0) ?x183)))
 (let ((?x185 (* ?x184 ?x167)))
 (let ((?x63 (/ 1.0 scale)))
 (let ((?x64 (- ?x63)))
 (let ((?x58 (* scale scale)))
 (let ((?x59 (/ 1.0 ?x58)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x57 (- ?x8)))
 (let ((?x60 (* ?x57 ?x59)))
 (let ((?x56 (/ 0.0 scale)))
 (let ((?x61 (+ ?x56 ?x60)))
 (let ((?x62 (- ?x61)))
 (let ((?x65 (+ ?x62 ?x64)))
 (let ((?x177 (* ?x167 ?x65)))
 (let ((?x181 (* |g2[1]| ?x177)))
 (let ((?x186 (+ ?x181 ?x185)))
 (let ((?x178 (* ?x65 ?x177)))
 (let ((?x105 (/ 1.0 (* ?x58 scale))))
 (let ((?x107 (* ?x105 (- 2.0))))
 (let ((?x171 (* ?x57 ?x107)))
 (let ((?x170 (* 0.0 ?x59)))
 (let ((?x172 (+ ?x170 ?x171)))
 (let ((?x173 (+ ?x170 ?x172)))
 (let ((?x174 (- ?x173)))
 (let ((?x175 (+ ?x59 ?x174)))
 (let ((?x176 (* ?x167 ?x175)))
 (let ((?x179 (+ ?x176 ?x178)))
 (let ((?x88 (- b)))
 (let ((?x169 (+ f2 ?x88)))
 (let ((?x180 (* ?x169 ?x179)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x187 (+ ?x182 ?x186)))
 (let ((?x98 (* f2 1.0)))
 (let ((?x97 (* ?x88 1.0)))
 (let ((?x99 (+ ?x97 ?x98)))
 (let ((?x108 (- ?x99)))
 (let ((?x112 (* ?x59 ?x108)))
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x92 (* |g2[1]| 1.0)))
 (let ((?x68 (* ?x65 1.0)))
 (let ((?x91 (* f2 ?x68)))
 (let ((?x93 (+ ?x91 ?x92)))
 (let ((?x89 (* ?x88 ?x68)))
 (let ((?x94 (+ ?x89 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x103 (* ?x59 ?x95)))
 (let ((?x110 (+ ?x103 ?x109)))
 (let ((?x111 (* ?x8 ?x110)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x100 (* ?x59 ?x99)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x101 (+ ?x96 ?x100)))
 (let ((?x85 (* |g2[1]| ?x68)))
 (let ((?x72 (+ (- 1.0) 1.0)))
 (let ((?x73 (* (/ 1.0 2.0) ?x72)))
 (let ((?x69 (* (/ 1.0 2.0) ?x68)))
 (let ((?x70 (* 0.0 ?x69)))
 (let ((?x80 (+ ?x70 ?x73)))
 (let ((?x81 (* |h2[1,1]| ?x80)))
 (let ((?x77 (* 0.0 ?x73)))
 (let ((?x78 (+ ?x70 ?x77)))
 (let ((?x79 (* |h2[0,1]| ?x78)))
 (let ((?x82 (+ ?x79 ?x81)))
 (let ((?x74 (* |h2[1,1]| ?x73)))
 (let ((?x75 (+ ?x70 ?x74)))
 (let ((?x83 (+ ?x75 ?x82)))
 (let ((?x86 (+ ?x83 ?x85)))
 (let ((?x102 (+ ?x86 ?x101)))
 (let ((?x116 (+ ?x102 ?x115)))
 (let ((?x54 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x55 (+ ?x54 ?x54)))
 (let ((?x117 (+ ?x55 ?x116)))
 (let ((?x168 (* ?x167 ?x117)))
 (or (and (distinct ?x168 ?x187) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!26 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!26)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!23 log!26) (< exp!2 exp!1)))
(assert
 (= (< log!26 log!23) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!23 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!23)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!26) (< exp!3 exp!1)))
(assert
 (= (< log!26 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!23) (< exp!3 exp!2)))
(assert
 (= (< log!23 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!26) (< exp!4 exp!1)))
(assert
 (= (< log!26 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!23) (< exp!4 exp!2)))
(assert
 (= (< log!23 (/ loc scale)) (< exp!2 exp!4)))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!4 exp!3)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ loc scale))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun log!26 () Real)
(declare-fun log!23 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (> 0.0 ?x10)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let ((?x1186 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x183 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x184 (* (/ 1.0 2.0) ?x183)))
 (let ((?x1175 (* ?x184 ?x1186)))
 (let ((?x63 (/ 1.0 scale)))
 (let ((?x64 (- ?x63)))
 (let ((?x58 (* scale scale)))
 (let ((?x59 (/ 1.0 ?x58)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x57 (- ?x8)))
 (let ((?x60 (* ?x57 ?x59)))
 (let ((?x56 (/ 0.0 scale)))
 (let ((?x61 (+ ?x56 ?x60)))
 (let ((?x189 (+ ?x61 ?x64)))
 (let ((?x843 (* ?x1186 ?x189)))
 (let ((?x872 (* |g2[1]| ?x843)))
 (let ((?x1176 (+ ?x872 ?x1175)))
 (let ((?x1179 (* ?x189 ?x843)))
 (let ((?x105 (/ 1.0 (* ?x58 scale))))
 (let ((?x107 (* ?x105 (- 2.0))))
 (let ((?x171 (* ?x57 ?x107)))
 (let ((?x170 (* 0.0 ?x59)))
 (let ((?x172 (+ ?x170 ?x171)))
 (let ((?x173 (+ ?x170 ?x172)))
 (let ((?x1183 (+ ?x59 ?x173)))
 (let ((?x1184 (* ?x1186 ?x1183)))
 (let ((?x1180 (+ ?x1184 ?x1179)))
 (let ((?x88 (- b)))
 (let ((?x169 (+ f2 ?x88)))
 (let ((?x1181 (* ?x169 ?x1180)))
 (let ((?x828 (+ ?x1181 ?x872)))
 (let ((?x1177 (+ ?x828 ?x1176)))
 (let ((?x98 (* f2 1.0)))
 (let ((?x97 (* ?x88 1.0)))
 (let ((?x99 (+ ?x97 ?x98)))
 (let ((?x100 (* ?x59 ?x99)))
 (let ((?x298 (* 0.0 ?x100)))
 (let ((?x911 (* ?x107 ?x99)))
 (let ((?x92 (* |g2[1]| 1.0)))
 (let ((?x1168 (* ?x189 1.0)))
 (let ((?x218 (* f2 ?x1168)))
 (let ((?x221 (+ ?x218 ?x92)))
 (let ((?x896 (* ?x88 ?x1168)))
 (let ((?x897 (+ ?x896 ?x221)))
 (let ((?x909 (* ?x59 ?x897)))
 (let ((?x912 (+ ?x909 ?x911)))
 (let ((?x913 (* ?x8 ?x912)))
 (let ((?x914 (+ ?x913 ?x298)))
 (let ((?x1191 (- ?x914)))
 (let ((?x902 (- ?x897)))
 (let ((?x903 (/ ?x902 scale)))
 (let ((?x904 (+ ?x903 ?x100)))
 (let ((?x922 (* |g2[1]| ?x1168)))
 (let ((?x72 (+ (- 1.0) 1.0)))
 (let ((?x73 (* (/ 1.0 2.0) ?x72)))
 (let ((?x1201 (* (/ 1.0 2.0) ?x1168)))
 (let ((?x865 (* 0.0 ?x1201)))
 (let ((?x1171 (+ ?x865 ?x73)))
 (let ((?x364 (* |h2[1,1]| ?x1171)))
 (let ((?x77 (* 0.0 ?x73)))
 (let ((?x1198 (+ ?x865 ?x77)))
 (let ((?x837 (* |h2[0,1]| ?x1198)))
 (let ((?x1194 (+ ?x837 ?x364)))
 (let ((?x74 (* |h2[1,1]| ?x73)))
 (let ((?x1197 (+ ?x865 ?x74)))
 (let ((?x1195 (+ ?x1197 ?x1194)))
 (let ((?x892 (+ ?x1195 ?x922)))
 (let ((?x908 (+ ?x892 ?x904)))
 (let ((?x1192 (+ ?x908 ?x1191)))
 (let ((?x54 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x55 (+ ?x54 ?x54)))
 (let ((?x916 (+ ?x55 ?x1192)))
 (let ((?x1187 (* ?x1186 ?x916)))
 (or (and (distinct ?x1187 ?x1177) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!26 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!26)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!23 log!26) (< exp!2 exp!1)))
(assert
 (= (< log!26 log!23) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!23 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!23)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!26) (< exp!3 exp!1)))
(assert
 (= (< log!26 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!23) (< exp!3 exp!2)))
(assert
 (= (< log!23 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!26) (< exp!4 exp!1)))
(assert
 (= (< log!26 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!23) (< exp!4 exp!2)))
(assert
 (= (< log!23 (/ loc scale)) (< exp!2 exp!4)))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!4 exp!3)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ loc scale))))
(check-sat)
(pop 1)
